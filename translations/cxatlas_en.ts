<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnalysisPanel</name>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>impact %1 · effort %2 · %n moment(s)</source>
        <translation>
            <numerusform>impact %1 · effort %2 · %n moment</numerusform>
            <numerusform>impact %1 · effort %2 · %n moments</numerusform>
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
        <source>, %n that matter</source>
        <translation>
            <numerusform>, %n that matters</numerusform>
            <numerusform>, %n that matter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchitectureInspector</name>
    <message numerus="yes">
        <source>Its chain up and down holds %n item(s).</source>
        <translation>
            <numerusform>Its chain up and down holds %n item.</numerusform>
            <numerusform>Its chain up and down holds %n items.</numerusform>
        </translation>
    </message>
</context>
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
    <name>cx::ArchitectureView</name>
    <message numerus="yes">
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n moment&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n moment&lt;/numerusform&gt;
            &lt;numerusform&gt;%n moments&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;FindBar&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n moment found.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n moment found.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n moments found.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;PersonaCard&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Mapped in %n journey&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Mapped in %n journey&lt;/numerusform&gt;
            &lt;numerusform&gt;Mapped in %n journeys&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;PersonaGalleryView&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n persona&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n persona&lt;/numerusform&gt;
            &lt;numerusform&gt;%n personas&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%1 of %n persona&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1 of %n persona&lt;/numerusform&gt;
            &lt;numerusform&gt;%1 of %n personas&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;RevisionCompareDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Compare revisions: %n field differ&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Compare revisions: %n field differs&lt;/numerusform&gt;
            &lt;numerusform&gt;Compare revisions: %n fields differ&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ViewSidebar&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n persona&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n persona&lt;/numerusform&gt;
            &lt;numerusform&gt;%n personas&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n journey&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n journey&lt;/numerusform&gt;
            &lt;numerusform&gt;%n journeys&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n moment&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n moment&lt;/numerusform&gt;
            &lt;numerusform&gt;%n moments&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;cx::ArchitectureView&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n moment</numerusform>
            <numerusform>%n moments&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n moment&lt;/numerusform&gt;
            &lt;numerusform&gt;%n moments&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;FindBar&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n moments found.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n moment found.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n moments found.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;PersonaCard&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Mapped in %n journeys&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Mapped in %n journey&lt;/numerusform&gt;
            &lt;numerusform&gt;Mapped in %n journeys&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;PersonaGalleryView&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n personas&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n persona&lt;/numerusform&gt;
            &lt;numerusform&gt;%n personas&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%1 of %n personas&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1 of %n persona&lt;/numerusform&gt;
            &lt;numerusform&gt;%1 of %n personas&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;RevisionCompareDialog&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;Compare revisions: %n fields differ&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Compare revisions: %n field differs&lt;/numerusform&gt;
            &lt;numerusform&gt;Compare revisions: %n fields differ&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ViewSidebar&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n personas&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n persona&lt;/numerusform&gt;
            &lt;numerusform&gt;%n personas&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n journeys&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n journey&lt;/numerusform&gt;
            &lt;numerusform&gt;%n journeys&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n moments&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n moment&lt;/numerusform&gt;
            &lt;numerusform&gt;%n moments&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;cx::ArchitectureView&lt;/name&gt;
    &lt;message numerus="yes"&gt;
        &lt;source&gt;%n moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n metric</numerusform>
            <numerusform>%n metrics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n insight</numerusform>
            <numerusform>%n insights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s)</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
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
    <name>cx::PersonaEdits</name>
    <message numerus="yes">
        <source>There is no item %1 in a list of %n item(s).</source>
        <translation>
            <numerusform>There is no item %1 in a list of %n item.</numerusform>
            <numerusform>There is no item %1 in a list of %n items.</numerusform>
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
</TS>
