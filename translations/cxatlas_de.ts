<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="46"/>
        <source>%1, at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="61"/>
        <source>unknown key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="69"/>
        <source>“%1” is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="73"/>
        <location filename="../core/io/workspacejsonreader.cpp" line="90"/>
        <source>expected a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="84"/>
        <source>expected an array of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="103"/>
        <source>expected a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="114"/>
        <source>expected a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="123"/>
        <source>expected true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="135"/>
        <source>expected one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="147"/>
        <source>expected a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="157"/>
        <source>expected a date and time written YYYY-MM-DDThh:mm:ssZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="165"/>
        <source>expected an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="176"/>
        <location filename="../core/io/workspacejsonreader.cpp" line="306"/>
        <source>expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="188"/>
        <source>an id cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="192"/>
        <source>the id “%1” is used twice (first at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="240"/>
        <source>expected &quot;cxatlas-workspace&quot;; this is not a CX Atlas workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="245"/>
        <source>expected a format version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="249"/>
        <source>format version %1 is newer than this CX Atlas reads (1); update CX Atlas to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="278"/>
        <source>expected the image as base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="366"/>
        <source>“%1” is not a %2 of this journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="376"/>
        <source>expected an object of persona ids and scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="382"/>
        <source>“%1” is not a persona of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="405"/>
        <source>expected one of: story, experience, service, system, process, data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="433"/>
        <source>“value” is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="471"/>
        <source>“%1” is not a moment of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="484"/>
        <source>“%1” is not an id of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="490"/>
        <source>a %1 cannot be linked to a %2 (“%3”) with “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="496"/>
        <source>the link to “%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="19"/>
        <source>%1 — CX Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="19"/>
        <source>CX Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="28"/>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Main.qml" line="38"/>
        <source>%n persona(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Main.qml" line="39"/>
        <source>%n journey(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Main.qml" line="40"/>
        <source>%n moment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="55"/>
        <source>Start CX Atlas with a workspace file: cxatlas FILE.cxatlas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::Changes</name>
    <message>
        <location filename="../core/document/changes.cpp" line="17"/>
        <source>There is no record %1 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/changes.cpp" line="61"/>
        <source>%1 “%2” already exists (id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/changes.cpp" line="85"/>
        <source>%1 “%2” cannot change into a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/changes.cpp" line="188"/>
        <source>Moments can only move to a stage and lane of one journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/changes.cpp" line="201"/>
        <source>Moment “%1” belongs to another journey; copy it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/changes.cpp" line="255"/>
        <source>Only stages and lanes can be reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/changes.cpp" line="275"/>
        <source>Those two are not linked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::Database</name>
    <message>
        <location filename="../core/store/database.cpp" line="57"/>
        <source>“%1” is damaged: %2 returned nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="89"/>
        <source>“%1” is damaged and cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="92"/>
        <source>“%1” is not a CX Atlas workspace (not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="96"/>
        <source>“%1” is read-only; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="99"/>
        <source>The disk holding “%1” is full; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="104"/>
        <source>“%1” is busy in another program; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="107"/>
        <source>“%1” refused the change because it breaks a rule of the workspace (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="113"/>
        <source>“%1” cannot be read or written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/database.cpp" line="116"/>
        <source>“%1”: the database reported an error (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::Document</name>
    <message>
        <location filename="../core/document/document.cpp" line="18"/>
        <source>persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="19"/>
        <source>journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="20"/>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="21"/>
        <source>lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="22"/>
        <source>moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="23"/>
        <source>story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="24"/>
        <source>experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="25"/>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="26"/>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="27"/>
        <source>process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="28"/>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="29"/>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="30"/>
        <source>insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="31"/>
        <source>opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="32"/>
        <source>vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="108"/>
        <source>This workspace is open for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="125"/>
        <source>Add %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/document/document.cpp" line="135"/>
        <source>Add %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="157"/>
        <source>Edit %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/document/document.cpp" line="164"/>
        <source>Delete %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="167"/>
        <source>Delete %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/document/document.cpp" line="176"/>
        <source>Move %n moment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="185"/>
        <source>Move %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="195"/>
        <source>Link “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="205"/>
        <source>Unlink “%1” from “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="212"/>
        <source>The workspace changed in a way this edit did not expect; it was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::Rules</name>
    <message>
        <location filename="../core/model/rules.cpp" line="55"/>
        <source>Cannot link %1 to %2: %3 does not exist in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/rules.cpp" line="61"/>
        <source>%1 cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/rules.cpp" line="65"/>
        <source>A %1 cannot be linked to a %2 with the relation “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/rules.cpp" line="69"/>
        <source>%1 is already linked to %2 (“%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/rules.cpp" line="77"/>
        <source>%1 cannot open the journey it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/rules.cpp" line="83"/>
        <source>%1 already opens %2; unlink that journey first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/rules.cpp" line="95"/>
        <source>%1 “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/rules.cpp" line="98"/>
        <source>it has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/rules.cpp" line="113"/>
        <source>its stage is not a stage of its journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/rules.cpp" line="115"/>
        <source>its lane is not a lane of its journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/rules.cpp" line="117"/>
        <location filename="../core/model/rules.cpp" line="122"/>
        <source>the emotion score must be between -2 and +2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/rules.cpp" line="120"/>
        <source>an emotion score names a persona that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/rules.cpp" line="125"/>
        <source>importance must be between 1 and 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/rules.cpp" line="127"/>
        <source>the colour must be written #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/rules.cpp" line="133"/>
        <source>an element must be a story, experience, service, system, process or data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/rules.cpp" line="142"/>
        <source>impact and effort must be between 1 and 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/rules.cpp" line="147"/>
        <source>the vote is for a moment that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/rules.cpp" line="148"/>
        <source>a vote needs at least one dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/rules.cpp" line="153"/>
        <source>its journey does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/rules.cpp" line="154"/>
        <source>its position is negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceFile</name>
    <message>
        <location filename="../core/store/workspacefile.cpp" line="42"/>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspacefile.cpp" line="45"/>
        <source>“%1” is a folder, not a CX Atlas workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspacefile.cpp" line="50"/>
        <source>“%1” cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspacefile.cpp" line="55"/>
        <source>“%1” is empty; it is not a CX Atlas workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspacefile.cpp" line="60"/>
        <source>“%1” is not a CX Atlas workspace: it is not an SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspacefile.cpp" line="66"/>
        <source>“%1” is an SQLite database, but not a CX Atlas workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspacefile.cpp" line="76"/>
        <source>“%1” is damaged: it is %2 bytes long but should be %3 (was it cut short while copying?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspacefile.cpp" line="87"/>
        <source>“%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspacefile.cpp" line="103"/>
        <source>Cannot create “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspacefile.cpp" line="112"/>
        <source>Cannot create “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspacefile.cpp" line="142"/>
        <source>“%1” is read-only (its file or folder cannot be written); it was opened for reading only and changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspacefile.cpp" line="154"/>
        <source>“%1” is open in another CX Atlas (process %2 on %3); it was opened for reading only. Close it there to edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspacefile.cpp" line="184"/>
        <source>“%1” was written by a newer version of CX Atlas (file format %2; this version reads up to %3). Update CX Atlas to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspacefile.cpp" line="190"/>
        <source>“%1” is damaged: it was never completely created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspacefile.cpp" line="195"/>
        <source>“%1” uses an older file format (%2) that must be upgraded to %3, which needs write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspacefile.cpp" line="235"/>
        <source>“%1” is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/workspacefile.cpp" line="259"/>
        <location filename="../core/store/workspacefile.cpp" line="265"/>
        <source>Cannot save a copy as “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceImport</name>
    <message>
        <location filename="../core/io/workspaceimport.cpp" line="19"/>
        <source>“%1” already exists; choose another name or replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspaceimport.cpp" line="56"/>
        <source>Cannot write “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceJsonReader</name>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="523"/>
        <source>%1, line %2, column %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="530"/>
        <source>%1: expected a JSON object at the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="548"/>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacejsonreader.cpp" line="552"/>
        <source>“%1” is %2 MB; the most CX Atlas imports is %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceStore</name>
    <message>
        <location filename="../core/store/workspacestore.cpp" line="66"/>
        <source>The workspace is open for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceSummary</name>
    <message>
        <location filename="../core/io/workspacesummary.cpp" line="67"/>
        <source>Workspace: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacesummary.cpp" line="68"/>
        <source>Schema version: %1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacesummary.cpp" line="68"/>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacesummary.cpp" line="72"/>
        <source>Journeys:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacesummary.cpp" line="74"/>
        <source>  %1 (%2 state): %3 stages, %4 lanes, %5 moments, %6 that matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/workspacesummary.cpp" line="77"/>
        <source>; for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cx::cli</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="18"/>
        <source>Personas, journey maps and the CX architecture behind them.

Usage:
  cxatlas [FILE]                      open FILE (a .cxatlas workspace) in the window
  cxatlas info FILE [--json]          what a workspace holds
  cxatlas import IN.json -o FILE      make a workspace from workspace JSON
  cxatlas VERB --help                 help for one verb

Exit status: 0 on success, 2 on any error (the message goes to standard error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="59"/>
        <source>The workspace to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="18"/>
        <source>Makes a new workspace from a workspace JSON file (format: resources/examples/FORMAT.md). All or nothing: on any error no file is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="23"/>
        <source>The workspace to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="26"/>
        <source>Replace FILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="30"/>
        <source>The JSON file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="41"/>
        <source>import needs one input file and -o FILE (see cxatlas import --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="19"/>
        <source>Prints what a workspace holds: its file format version, the number of each kind of record, and each journey with its stages and moments. Checks the file&apos;s integrity on the way. Never changes the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="24"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="26"/>
        <source>The .cxatlas workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="37"/>
        <source>info needs exactly one workspace file (see cxatlas info --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="46"/>
        <source>open one workspace at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
