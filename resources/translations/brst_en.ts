<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
  <context>
    <name>BookExport</name>
    <message numerus="yes">
      <source>Edition %1, %n page(s), saved as %2.</source>
      <translation>
        <numerusform>Edition %1, %n page, saved as %2.</numerusform>
        <numerusform>Edition %1, %n pages, saved as %2.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The %n numbered copies are each in a file of their own there.</source>
      <translation>
        <numerusform>The %n numbered copy is in a file of its own there.</numerusform>
        <numerusform>The %n numbered copies are each in a file of their own there.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BookPreview</name>
    <message numerus="yes">
      <source>of %n</source>
      <translation>
        <numerusform>of %n</numerusform>
        <numerusform>of %n</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message numerus="yes">
      <source>Importing adds %n record(s).</source>
      <translation>
        <numerusform>Importing adds %n record.</numerusform>
        <numerusform>Importing adds %n records.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>It updates %n record(s).</source>
      <translation>
        <numerusform>It updates %n record.</numerusform>
        <numerusform>It updates %n records.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) are the same here.</source>
      <translation>
        <numerusform>%n record is the same here.</numerusform>
        <numerusform>%n records are the same here.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) are newer here and kept.</source>
      <translation>
        <numerusform>%n record is newer here and kept.</numerusform>
        <numerusform>%n records are newer here and kept.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n entr(y/ies) of the file are not imported.</source>
      <translation>
        <numerusform>%n entry of the file is not imported.</numerusform>
        <numerusform>%n entries of the file are not imported.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) were changed both here and on the other laptop since they were last exchanged.</source>
      <translation>
        <numerusform>%n record was changed both here and on the other laptop since it was last exchanged.</numerusform>
        <numerusform>%n records were changed both here and on the other laptop since they were last exchanged.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) were changed both here and in the organiser's calendar file since it was last imported.</source>
      <translation>
        <numerusform>%n record was changed both here and in the organiser's calendar file since it was last imported.</numerusform>
        <numerusform>%n records were changed both here and in the organiser's calendar file since it was last imported.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) were changed both here and in the contacts file since it was last imported.</source>
      <translation>
        <numerusform>%n record was changed both here and in the contacts file since it was last imported.</numerusform>
        <numerusform>%n records were changed both here and in the contacts file since it was last imported.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) differ from the copy here, and the two were never exchanged, so neither can be called newer.</source>
      <translation>
        <numerusform>%n record differs from the copy here, and the two were never exchanged, so neither can be called newer.</numerusform>
        <numerusform>%n records differ from the copy here, and the two were never exchanged, so neither can be called newer.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) differ from the organiser's calendar file, which was never imported here, so neither can be called newer.</source>
      <translation>
        <numerusform>%n record differs from the organiser's calendar file, which was never imported here, so neither can be called newer.</numerusform>
        <numerusform>%n records differ from the organiser's calendar file, which was never imported here, so neither can be called newer.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) differ from the contacts file, which was never imported here, so neither can be called newer.</source>
      <translation>
        <numerusform>%n record differs from the contacts file, which was never imported here, so neither can be called newer.</numerusform>
        <numerusform>%n records differ from the contacts file, which was never imported here, so neither can be called newer.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PhoneActions</name>
    <message numerus="yes">
      <source>Wrote %n event(s) of “%1” to %2</source>
      <translation>
        <numerusform>Wrote %n event of “%1” to %2</numerusform>
        <numerusform>Wrote %n events of “%1” to %2</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n contact(s) of “%1” to %2</source>
      <translation>
        <numerusform>Wrote %n contact of “%1” to %2</numerusform>
        <numerusform>Wrote %n contacts of “%1” to %2</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReturnDialog</name>
    <message numerus="yes">
      <source>Bringing it back adds %n record(s).</source>
      <translation>
        <numerusform>Bringing it back adds %n record.</numerusform>
        <numerusform>Bringing it back adds %n records.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>It updates %n record(s).</source>
      <translation>
        <numerusform>It updates %n record.</numerusform>
        <numerusform>It updates %n records.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) deleted on this laptop are deleted on the server too.</source>
      <translation>
        <numerusform>%n record deleted on this laptop is deleted on the server too.</numerusform>
        <numerusform>%n records deleted on this laptop are deleted on the server too.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) are the same on both.</source>
      <translation>
        <numerusform>%n record is the same on both.</numerusform>
        <numerusform>%n records are the same on both.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) are newer on the server and come to this laptop.</source>
      <translation>
        <numerusform>%n record is newer on the server and comes to this laptop.</numerusform>
        <numerusform>%n records are newer on the server and come to this laptop.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) were changed both on this laptop and on the server since the trip was taken.</source>
      <translation>
        <numerusform>%n record was changed both on this laptop and on the server since the trip was taken.</numerusform>
        <numerusform>%n records were changed both on this laptop and on the server since the trip was taken.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Search</name>
    <message numerus="yes">
      <source>Found in %n record(s): “%1”</source>
      <translation>
        <numerusform>Found in %n record: “%1”</numerusform>
        <numerusform>Found in %n records: “%1”</numerusform>
      </translation>
    </message>
  </context>
</TS>
