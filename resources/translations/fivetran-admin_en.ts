<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ftmodels::EffectivePivotModel</name>
    <message numerus="yes">
        <source>Reaches %n destination(s) or connection(s)</source>
        <translation>
            <numerusform>Reaches %n destination or connection</numerusform>
            <numerusform>Reaches %n destinations or connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reached by %n person(s)</source>
        <translation>
            <numerusform>Reached by %n person</numerusform>
            <numerusform>Reached by %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ftui::AuditWindow</name>
    <message numerus="yes">
        <source>The audit is incomplete: %n list(s) could not be fetched, so some access is missing from the table.</source>
        <translation>
            <numerusform>The audit is incomplete: %n list could not be fetched, so some access is missing from the table.</numerusform>
            <numerusform>The audit is incomplete: %n lists could not be fetched, so some access is missing from the table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) could not be fetched.</source>
        <translation>
            <numerusform>%n list could not be fetched.</numerusform>
            <numerusform>%n lists could not be fetched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ftui::FilterBar</name>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n status</numerusform>
            <numerusform>%n statuses</numerusform>
        </translation>
    </message>
</context>
</TS>
