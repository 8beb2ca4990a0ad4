<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CanvasView</name>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n moment(s) found.</source>
        <translation>
            <numerusform>%n moment found.</numerusform>
            <numerusform>%n moments found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation type="vanished">
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation type="vanished">
            <numerusform>%n journey</numerusform>
            <numerusform>%n journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation type="vanished">
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This workspace holds %n persona(s); a later version shows and edits them here.</source>
        <translation>
            <numerusform>This workspace holds %n persona; a later version shows and edits them here.</numerusform>
            <numerusform>This workspace holds %n personas; a later version shows and edits them here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewSidebar</name>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%n journey</numerusform>
            <numerusform>%n journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::Document</name>
    <message numerus="yes">
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>Add %n item</numerusform>
            <numerusform>Add %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n moment(s)</source>
        <translation>
            <numerusform>Move %n moment</numerusform>
            <numerusform>Move %n moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n moment(s)</source>
        <translation>
            <numerusform>Add %n moment</numerusform>
            <numerusform>Add %n moments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::JourneyCanvas</name>
    <message numerus="yes">
        <source>Duplicate %n moment(s)</source>
        <translation>
            <numerusform>Duplicate %n moment</numerusform>
            <numerusform>Duplicate %n moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n moment(s)</source>
        <translation>
            <numerusform>Paste %n moment</numerusform>
            <numerusform>Paste %n moments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceController</name>
    <message numerus="yes">
        <source>Drop one workspace at a time: %n files were dropped.</source>
        <translation>
            <numerusform>Drop one workspace at a time: %n files were dropped.</numerusform>
            <numerusform>Drop one workspace at a time: %n files were dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::WorkspaceSummary</name>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n lane</numerusform>
            <numerusform>%n lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) that matter</source>
        <translation>
            <numerusform>%n moment that matters</numerusform>
            <numerusform>%n moments that matter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonaCard</name>
    <message numerus="yes">
        <source>Mapped in %n journey(s)</source>
        <translation>
            <numerusform>Mapped in %n journey</numerusform>
            <numerusform>Mapped in %n journeys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonaGalleryView</name>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n persona(s)</source>
        <translation>
            <numerusform>%1 of %n persona</numerusform>
            <numerusform>%1 of %n personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevisionCompareDialog</name>
    <message numerus="yes">
        <source>Compare revisions: %n field(s) differ</source>
        <translation>
            <numerusform>Compare revisions: %n field differs</numerusform>
            <numerusform>Compare revisions: %n fields differ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cx::PersonaEdits</name>
    <message numerus="yes">
        <source>There is no item %1 in a list of %n item(s).</source>
        <translation>
            <numerusform>There is no item %1 in a list of %n item.</numerusform>
            <numerusform>There is no item %1 in a list of %n items.</numerusform>
        </translation>
    </message>
</context>
</TS>
