<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US">
<context>
    <name>CrisisPanel</name>
    <message>
        <source>Confide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis help: people you can reach right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers checked {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close help panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call or text {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens, and who is told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: {links}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the page in your web browser. If nothing opens, go to {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed to your messaging app. If nothing opens, text from any phone: {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed to your phone app. When the call connects, press {press}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed to your phone app. If no call starts, dial {number} on any phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser opened. Go to {url} on any computer or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer can&apos;t send text messages — from any phone: {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no videophone app — call {number} from a videophone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer can&apos;t place calls — dial {number} on any phone, then press {press}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer can&apos;t place calls — dial {number} on any phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text {keyword} to {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text {number}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (Idioma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as my computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Confide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need &amp;help now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help now? Open crisis contacts without unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find confidential help…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find confidential help: the directory, without unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo vault — passphrase: {passphrase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick unlock with this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code worked. Please choose a new passphrase before you continue: your old one will no longer open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new passphrase and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;recovery code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Score: {score} out of {most} ({percent} out of 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: {score} out of {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {title} result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find confidential help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the directory of confidential resources: crisis lines, the EAP and others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What might help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How health workers answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}. Source: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence and attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please talk to someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your answer means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call or text 988</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call or text 988: show the crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the crisis panel: 988 by call, text or chat, and your other contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my &amp;safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About your score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score range: {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One answer worth a closer look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question}
Your answer: {answer} (not added to the score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much these problems get in the way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
