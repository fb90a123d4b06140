<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ErrorText</name>
    <message>
        <source>No model is chosen yet. Pick one in Settings (Ctrl+,).</source>
        <translation>Noch ist kein Modell gewählt. Wählen Sie eines in den Einstellungen (Strg+,).</translation>
    </message>
    <message>
        <source>The instruction is empty: say what the model should write.</source>
        <translation>Die Anweisung ist leer: Sagen Sie, was das Modell schreiben soll.</translation>
    </message>
    <message>
        <source>“%1” is not a web address the app can use; it looks like https://api.anthropic.com.</source>
        <translation>„%1“ ist keine Webadresse, die die App verwenden kann; sie sieht aus wie https://api.anthropic.com.</translation>
    </message>
    <message>
        <source>“%1” sends your script unencrypted to another computer. Use an https address; plain http is only for a model on this computer.</source>
        <translation>„%1“ sendet Ihr Drehbuch unverschlüsselt an einen anderen Computer. Verwenden Sie eine https-Adresse; einfaches http nur für ein Modell auf diesem Computer.</translation>
    </message>
    <message>
        <source>This script no longer exists; it may have been deleted in another window or from the command line.</source>
        <translation>Dieses Drehbuch gibt es nicht mehr; es wurde vielleicht in einem anderen Fenster oder über die Kommandozeile gelöscht.</translation>
    </message>
    <message>
        <source>Version %1 of this script does not exist.</source>
        <translation>Version %1 dieses Drehbuchs gibt es nicht.</translation>
    </message>
    <message>
        <source>This script has no versions yet.</source>
        <translation>Dieses Drehbuch hat noch keine Versionen.</translation>
    </message>
    <message>
        <source>This character no longer exists.</source>
        <translation>Diese Figur gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This scene no longer exists; its version may have been deleted.</source>
        <translation>Diese Szene gibt es nicht mehr; ihre Version wurde vielleicht gelöscht.</translation>
    </message>
    <message>
        <source>This job no longer exists.</source>
        <translation>Diesen Auftrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This job is already over (%1): only waiting or running jobs can be cancelled.</source>
        <translation>Dieser Auftrag ist schon beendet (%1): Nur wartende oder laufende Aufträge lassen sich abbrechen.</translation>
    </message>
    <message>
        <source>This job is %1: only failed, cancelled or interrupted jobs can be tried again.</source>
        <translation>Dieser Auftrag ist %1: Nur fehlgeschlagene, abgebrochene oder unterbrochene Aufträge lassen sich wiederholen.</translation>
    </message>
    <message>
        <source>A script needs a title.</source>
        <translation>Ein Drehbuch braucht einen Titel.</translation>
    </message>
    <message>
        <source>A character needs a name.</source>
        <translation>Eine Figur braucht einen Namen.</translation>
    </message>
    <message>
        <source>Another program is writing to the library just now, so nothing was changed. Try again in a moment.</source>
        <translation>Ein anderes Programm schreibt gerade in die Bibliothek, daher wurde nichts geändert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Adventure</source>
        <translation>Abenteuer</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Comedy</source>
        <translation>Komödie</translation>
    </message>
    <message>
        <source>Crime</source>
        <translation>Krimi</translation>
    </message>
    <message>
        <source>Documentary</source>
        <translation>Dokumentarfilm</translation>
    </message>
    <message>
        <source>Drama</source>
        <translation>Drama</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Fantasy</source>
        <translation>Fantasy</translation>
    </message>
    <message>
        <source>Historical</source>
        <translation>Historienfilm</translation>
    </message>
    <message>
        <source>Horror</source>
        <translation>Horror</translation>
    </message>
    <message>
        <source>Musical</source>
        <translation>Musical</translation>
    </message>
    <message>
        <source>Mystery</source>
        <translation>Mystery</translation>
    </message>
    <message>
        <source>Romance</source>
        <translation>Liebesfilm</translation>
    </message>
    <message>
        <source>Science fiction</source>
        <translation>Science-Fiction</translation>
    </message>
    <message>
        <source>Thriller</source>
        <translation>Thriller</translation>
    </message>
    <message>
        <source>War</source>
        <translation>Kriegsfilm</translation>
    </message>
    <message>
        <source>Western</source>
        <translation>Western</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Düster</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Gritty</source>
        <translation>Rau</translation>
    </message>
    <message>
        <source>Whimsical</source>
        <translation>Verspielt</translation>
    </message>
    <message>
        <source>Suspenseful</source>
        <translation>Spannend</translation>
    </message>
    <message>
        <source>Satirical</source>
        <translation>Satirisch</translation>
    </message>
    <message>
        <source>Romantic</source>
        <translation>Romantisch</translation>
    </message>
    <message>
        <source>Melancholic</source>
        <translation>Melancholisch</translation>
    </message>
    <message>
        <source>Hopeful</source>
        <translation>Hoffnungsvoll</translation>
    </message>
    <message>
        <source>Tense</source>
        <translation>Angespannt</translation>
    </message>
    <message>
        <source>Comedic</source>
        <translation>Komisch</translation>
    </message>
    <message>
        <source>Epic</source>
        <translation>Episch</translation>
    </message>
    <message>
        <source>Screenplay</source>
        <translation>Drehbuch</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <source>Outline</source>
        <extracomment>a story-engine step that outlines the scenes</extracomment>
        <translation>Exposé</translation>
    </message>
    <message>
        <source>Saved</source>
        <extracomment>how a version came to be: saved by the writer</extracomment>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generiert</translation>
    </message>
    <message>
        <source>Scene regenerated</source>
        <translation>Szene neu generiert</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Script</source>
        <extracomment>a generation job that writes a whole script</extracomment>
        <translation>Drehbuch</translation>
    </message>
    <message>
        <source>Scene</source>
        <extracomment>a generation job that rewrites one scene</extracomment>
        <translation>Szene</translation>
    </message>
    <message>
        <source>Quick draft</source>
        <translation>Schnellentwurf</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Outlined</source>
        <extracomment>how a version came to be: the story engine&apos;s outline of the scenes</extracomment>
        <translation>Gegliedert</translation>
    </message>
    <message>
        <source>Developed</source>
        <extracomment>how a version came to be: every scene written from the outline by the story engine</extracomment>
        <translation>Ausgearbeitet</translation>
    </message>
    <message>
        <source>Story run</source>
        <extracomment>a story-engine run: cast, outline and scenes</extracomment>
        <translation>Stoffentwicklung</translation>
    </message>
    <message>
        <source>Cast</source>
        <extracomment>a story-engine step that proposes the cast</extracomment>
        <translation>Figuren</translation>
    </message>
    <message>
        <source>Scene draft</source>
        <extracomment>a story-engine step that writes one scene of the outline</extracomment>
        <translation>Szenenentwurf</translation>
    </message>
    <message>
        <source>%1 speaks but is neither in the character bible nor a minor role</source>
        <translation>%1 spricht, ist aber weder in der Figurenbibel noch als Nebenrolle erfasst</translation>
    </message>
    <message>
        <source>%1 is cued under several names: %2</source>
        <translation>%1 spricht unter mehreren Namen: %2</translation>
    </message>
    <message>
        <source>%1 is in the script&apos;s cast but never on the page</source>
        <translation>%1 gehört zu den Figuren des Drehbuchs, kommt im Text aber nie vor</translation>
    </message>
    <message>
        <source>Text before the first scene heading belongs to no scene: “%1”</source>
        <translation>Text vor der ersten Szenenüberschrift gehört zu keiner Szene: „%1“</translation>
    </message>
    <message>
        <source>%1 has nothing in it</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 is still an outline scene: it has no dialogue</source>
        <translation>%1 ist noch eine Exposé-Szene ohne Dialog</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>By tone</source>
        <translation>Nach Tonfall</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Scene heading</source>
        <translation>Szenenüberschrift</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Figur</translation>
    </message>
    <message>
        <source>Parenthetical</source>
        <translation>Regieanweisung</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Übergang</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>Liedtext</translation>
    </message>
    <message>
        <source>Centered</source>
        <translation>Zentriert</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>screenplay element</comment>
        <translation>Handlung</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Spielberg</source>
        <translation>Spielberg</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New Script…</source>
        <translation>&amp;Neues Drehbuch…</translation>
    </message>
    <message>
        <source>Start a new script</source>
        <translation>Ein neues Drehbuch beginnen</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Bring a Fountain or Final Draft file into the library</source>
        <translation>Eine Fountain- oder Final-Draft-Datei in die Bibliothek holen</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the open script&apos;s draft as PDF, Final Draft or Fountain</source>
        <translation>Den Entwurf des geöffneten Drehbuchs als PDF, Final Draft oder Fountain speichern</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quick Generate…</source>
        <translation>&amp;Schnell generieren…</translation>
    </message>
    <message>
        <source>A draft from a prompt alone, streamed as it is written</source>
        <translation>Ein Entwurf allein aus einer Anweisung, live übertragen, während er entsteht</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Provider, model, API key, jobs and paper</source>
        <translation>Anbieter, Modell, API-Schlüssel, Aufträge und Papierformat</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Ctrl+X</source>
        <translation>Ctrl+X</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles aus&amp;wählen</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>&amp;About Spielberg</source>
        <translation>Über &amp;Spielberg</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>Be&amp;richte…</translation>
    </message>
    <message>
        <source>Breakdown of the open draft: characters, locations and scenes, as CSV or PDF</source>
        <translation>Drehbuchauszug des geöffneten Entwurfs: Figuren, Schauplätze und Szenen, als CSV oder PDF</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Spielberg cannot open your library</source>
        <translation>Spielberg kann Ihre Bibliothek nicht öffnen</translation>
    </message>
</context>
<context>
    <name>Spielberg::CardEditor</name>
    <message>
        <source>&amp;Locked: the model never rewrites this scene</source>
        <translation>&amp;Gesperrt: Das Modell schreibt diese Szene nie neu</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>Synopsis</translation>
    </message>
    <message>
        <source>What happens in this scene, in a line or two</source>
        <translation>Was in dieser Szene geschieht, in ein, zwei Zeilen</translation>
    </message>
    <message>
        <source>What the scene must achieve</source>
        <translation>Was die Szene erreichen muss</translation>
    </message>
    <message>
        <source>What stands in the way</source>
        <translation>Was im Weg steht</translation>
    </message>
    <message>
        <source>tense, tender, comic…</source>
        <translation>angespannt, zärtlich, komisch…</translation>
    </message>
    <message>
        <source>&amp;Synopsis:</source>
        <translation>&amp;Synopsis:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Tension:</source>
        <translation>S&amp;pannung:</translation>
    </message>
    <message>
        <source>T&amp;one:</source>
        <translation>&amp;Tonfall:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Scene heading</source>
        <translation>Szenenüberschrift</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>Ü&amp;berschrift:</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>Szene %1</translation>
    </message>
</context>
<context>
    <name>Spielberg::CharacterListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <translation>%1 (vorgeschlagen)</translation>
    </message>
    <message>
        <source>Proposed by the model for this script: keep it, edit it or drop it before the outline is written.</source>
        <translation>Vom Modell für dieses Drehbuch vorgeschlagen: Behalten, bearbeiten oder streichen Sie die Figur, bevor das Exposé geschrieben wird.</translation>
    </message>
</context>
<context>
    <name>Spielberg::CharactersPage</name>
    <message>
        <source>Filter characters…</source>
        <translation>Figuren filtern…</translation>
    </message>
    <message>
        <source>Filter characters</source>
        <translation>Figuren filtern</translation>
    </message>
    <message>
        <source>Character library</source>
        <translation>Figurenbibliothek</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Add a character to the library (Ctrl+N)</source>
        <translation>Eine Figur zur Bibliothek hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected character under a new name</source>
        <translation>Die ausgewählte Figur unter neuem Namen kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Remove the selected character from the library</source>
        <translation>Die ausgewählte Figur aus der Bibliothek entfernen</translation>
    </message>
    <message>
        <source>The name as it appears in dialogue, e.g. MARGARET</source>
        <translation>Der Name, wie er im Dialog erscheint, z. B. MARGARET</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Temperament, habits, contradictions…</source>
        <translation>Temperament, Gewohnheiten, Widersprüche…</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>Persönlichkeit</translation>
    </message>
    <message>
        <source>What they want, and what they need</source>
        <translation>Was die Figur will und was sie braucht</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>How they talk: rhythm, vocabulary, what they never say</source>
        <translation>Wie die Figur spricht: Rhythmus, Wortschatz, was sie nie sagen würde</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Where they come from; what happened before page one</source>
        <translation>Woher die Figur kommt; was vor Seite eins geschah</translation>
    </message>
    <message>
        <source>Backstory</source>
        <translation>Vorgeschichte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Personality:</source>
        <translation>&amp;Persönlichkeit:</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>S&amp;timme:</translation>
    </message>
    <message>
        <source>&amp;Backstory:</source>
        <translation>&amp;Vorgeschichte:</translation>
    </message>
    <message>
        <source>Used in:</source>
        <translation>Verwendet in:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>Forget the changes made since the last save</source>
        <translation>Die Änderungen seit dem letzten Speichern verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save this character (Ctrl+S)</source>
        <translation>Diese Figur speichern (Strg+S)</translation>
    </message>
    <message>
        <source>The characters could not be read: %1</source>
        <translation>Die Figuren konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>No script yet</source>
        <translation>Noch in keinem Drehbuch</translation>
    </message>
    <message>
        <source>A character needs a name.</source>
        <translation>Eine Figur braucht einen Namen.</translation>
    </message>
    <message>
        <source>The character could not be saved: %1</source>
        <translation>Die Figur konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>The character could not be copied: %1</source>
        <translation>Die Figur konnte nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>Delete %1 from the library?</source>
        <translation>%1 aus der Bibliothek löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 from the library? It is detached from %n script(s): %2. The scripts and their versions stay.</source>
        <translation>
            <numerusform>%1 aus der Bibliothek löschen? Die Figur wird aus %n Drehbuch entfernt: %2. Das Drehbuch und seine Fassungen bleiben erhalten.</numerusform>
            <numerusform>%1 aus der Bibliothek löschen? Die Figur wird aus %n Drehbüchern entfernt: %2. Die Drehbücher und ihre Fassungen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete character</source>
        <translation>Figur löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The character could not be deleted: %1</source>
        <translation>Die Figur konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Keep this proposed character in the script&apos;s cast</source>
        <translation>Diese vorgeschlagene Figur für das Drehbuch behalten</translation>
    </message>
    <message>
        <source>Dro&amp;p</source>
        <translation>Strei&amp;chen</translation>
    </message>
    <message>
        <source>Drop this proposed character: the outline is written without it</source>
        <translation>Diese vorgeschlagene Figur streichen: Das Exposé wird ohne sie geschrieben</translation>
    </message>
    <message>
        <source>Keep &amp;all</source>
        <translation>Alle be&amp;halten</translation>
    </message>
    <message>
        <source>The character could not be kept: %1</source>
        <translation>Die Figur konnte nicht behalten werden: %1</translation>
    </message>
    <message>
        <source>The character could not be dropped: %1</source>
        <translation>Die Figur konnte nicht gestrichen werden: %1</translation>
    </message>
    <message>
        <source>Dropped %1.</source>
        <translation>%1 gestrichen.</translation>
    </message>
    <message>
        <source>The model proposes the characters in italics for “%1”. Keep, edit or drop them: the outline is written for every one you do not drop.</source>
        <translation>Das Modell schlägt die kursiv gesetzten Figuren für „%1“ vor. Behalten, bearbeiten oder streichen Sie sie: Das Exposé wird für alle geschrieben, die Sie nicht streichen.</translation>
    </message>
</context>
<context>
    <name>Spielberg::CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Fassungen vergleichen</translation>
    </message>
    <message>
        <source>Review the new version</source>
        <translation>Die neue Fassung prüfen</translation>
    </message>
</context>
<context>
    <name>Spielberg::DevelopDialog</name>
    <message>
        <source>&amp;Stop after the cast and after the outline, so I can change them</source>
        <translation>Nach den Figuren und nach dem Exposé &amp;anhalten, damit ich sie ändern kann</translation>
    </message>
    <message>
        <source>Develop “%1”</source>
        <translation>„%1“ entwickeln</translation>
    </message>
    <message>
        <source>The model proposes the cast, lays out the outline as scenes, then writes every scene. Each step is a job you can watch, cancel and resume; scenes you lock are never rewritten.</source>
        <translation>Das Modell schlägt die Figuren vor, legt das Exposé als Szenen an und schreibt dann jede Szene. Jeder Schritt ist ein Auftrag, den Sie verfolgen, abbrechen und fortsetzen können; Szenen, die Sie sperren, werden nie neu geschrieben.</translation>
    </message>
    <message>
        <source>What the story is about</source>
        <translation>Worum es in der Geschichte geht</translation>
    </message>
    <message>
        <source>What the story is about: who wants what, what stands in the way.</source>
        <translation>Worum es in der Geschichte geht: Wer will was, und was steht im Weg.</translation>
    </message>
    <message>
        <source>Optional: anything beyond the logline (“%1”).</source>
        <translation>Optional: alles, was über die Logline („%1“) hinausgeht.</translation>
    </message>
    <message>
        <source>Cast, outline and scenes</source>
        <translation>Figuren, Exposé und Szenen</translation>
    </message>
    <message>
        <source>The cast only</source>
        <translation>Nur die Figuren</translation>
    </message>
    <message>
        <source>The outline only</source>
        <translation>Nur das Exposé</translation>
    </message>
    <message>
        <source>The scenes, from the newest version</source>
        <translation>Die Szenen, ausgehend von der neuesten Fassung</translation>
    </message>
    <message>
        <source>Number of scenes</source>
        <translation>Anzahl der Szenen</translation>
    </message>
    <message>
        <source>1 writes each scene knowing the ones before it. More is faster: each scene is then written from the outline alone.</source>
        <translation>Bei 1 wird jede Szene in Kenntnis der vorherigen geschrieben. Mehr geht schneller: Jede Szene wird dann allein aus dem Exposé geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Schritte:</translation>
    </message>
    <message>
        <source>S&amp;cenes:</source>
        <translation>S&amp;zenen:</translation>
    </message>
    <message>
        <source>&amp;Written at once:</source>
        <translation>Gleichzeitig &amp;geschrieben:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <source>&amp;What the story is about:</source>
        <translation>&amp;Worum es in der Geschichte geht:</translation>
    </message>
    <message>
        <source>Working out what the run will use…</source>
        <translation>Verbrauch der Stoffentwicklung wird geschätzt…</translation>
    </message>
    <message>
        <source>No estimate: %1</source>
        <translation>Keine Schätzung: %1</translation>
    </message>
    <message>
        <source>Estimate: about %1 tokens in and %2 out. Nothing is sent until you start.</source>
        <translation>Schätzung: etwa %1 Token hinein und %2 heraus. Nichts wird gesendet, bevor Sie starten.</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>Spielberg::DiffView</name>
    <message>
        <source>Older text</source>
        <translation>Älterer Text</translation>
    </message>
    <message>
        <source>Newer text</source>
        <translation>Neuerer Text</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleiche…</translation>
    </message>
    <message>
        <source>The two texts are the same.</source>
        <translation>Die beiden Texte sind identisch.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s):</source>
        <translation>
            <numerusform>%n Änderung:</numerusform>
            <numerusform>%n Änderungen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n Zeile entfernt</numerusform>
            <numerusform>%n Zeilen entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n Zeile hinzugefügt</numerusform>
            <numerusform>%n Zeilen hinzugefügt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spielberg::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Ersetzen durch:</translation>
    </message>
    <message>
        <source>Find in the script</source>
        <translation>Im Drehbuch suchen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächster</translation>
    </message>
    <message>
        <source>Find the next match (Enter)</source>
        <translation>Nächsten Treffer suchen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriger</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Vorherigen Treffer suchen (Umschalt+Enter)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Continued from the %1</source>
        <translation>Fortgesetzt vom %1</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spielberg::FountainEditor</name>
    <message>
        <source>Screenplay editor</source>
        <translation>Drehbuch-Editor</translation>
    </message>
    <message>
        <source>INT. SOMEWHERE - DAY

Start writing in Fountain: a scene heading, then action.

A NAME IN CAPITALS
starts a line of dialogue.</source>
        <translation>INT. IRGENDWO - TAG

Schreiben Sie in Fountain: erst eine Szenenüberschrift, dann Handlung.

EIN NAME IN GROSSBUCHSTABEN
leitet eine Dialogzeile ein.</translation>
    </message>
</context>
<context>
    <name>Spielberg::GenerateDialog</name>
    <message>
        <source>Generate a new version</source>
        <translation>Eine neue Fassung generieren</translation>
    </message>
    <message>
        <source>Tell the model what to write. The result becomes a new version of this script; your draft is never replaced without asking you.</source>
        <translation>Sagen Sie dem Modell, was es schreiben soll. Das Ergebnis wird eine neue Fassung dieses Drehbuchs; Ihr Entwurf wird nie ohne Rückfrage ersetzt.</translation>
    </message>
    <message>
        <source>e.g. Write the first act: Margaret sees the flare and must choose between the lamp and the boat.</source>
        <translation>z. B. Schreibe den ersten Akt: Margaret sieht das Leuchtsignal und muss sich zwischen der Lampe und dem Boot entscheiden.</translation>
    </message>
    <message>
        <source>Regenerate scene</source>
        <translation>Szene neu generieren</translation>
    </message>
    <message>
        <source>The model rewrites this scene only, knowing its setting, goal, tension and tone, the scenes around it and the characters in it. The rest of the script stays exactly as it is.</source>
        <translation>Das Modell schreibt nur diese Szene neu und kennt dabei ihren Schauplatz, ihr Ziel, ihre Spannung und ihren Tonfall, die umgebenden Szenen und die Figuren darin. Der Rest des Drehbuchs bleibt genau, wie er ist.</translation>
    </message>
    <message>
        <source>Optional: what to change, e.g. more tension, fewer words, let Edwin lie.</source>
        <translation>Optional: was geändert werden soll, z. B. mehr Spannung, weniger Worte, Edwin soll lügen.</translation>
    </message>
    <message>
        <source>Instruction for the model</source>
        <translation>Anweisung für das Modell</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Neu generieren</translation>
    </message>
    <message>
        <source>Say what to write: the model needs an instruction.</source>
        <translation>Sagen Sie, was geschrieben werden soll: Das Modell braucht eine Anweisung.</translation>
    </message>
    <message>
        <source>More than one: the takes are shown side by side and you choose one; the others stay with the job.</source>
        <translation>Mehr als einer: Die Takes werden nebeneinander angezeigt, und Sie wählen einen aus; die anderen bleiben beim Auftrag.</translation>
    </message>
    <message>
        <source>&amp;Takes to choose from:</source>
        <translation>&amp;Takes zur Auswahl:</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>Spielberg::GeneratedVersionReview</name>
    <message>
        <source>Version %1 arrived from the model and is now in the editor. Select two versions and Compare to see what changed.</source>
        <translation>Fassung %1 ist vom Modell eingetroffen und jetzt im Editor. Wählen Sie zwei Fassungen aus und klicken Sie auf „Vergleichen“, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>Your draft</source>
        <translation>Ihr Entwurf</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Fassung %1 (%2)</translation>
    </message>
    <message>
        <source>The model finished version %1 of “%2”, but your draft has changes that are in no version. Use the new version (your draft is first kept as a version of its own), or keep working on your draft?</source>
        <translation>Das Modell hat Fassung %1 von „%2“ fertiggestellt, aber Ihr Entwurf enthält Änderungen, die in keiner Fassung stehen. Die neue Fassung verwenden (Ihr Entwurf wird zuvor als eigene Fassung gesichert) oder an Ihrem Entwurf weiterarbeiten?</translation>
    </message>
    <message>
        <source>The model finished version %1 of “%2” from version %3, but your draft rests on version %4. Use the new version, or keep working on your draft?</source>
        <translation>Das Modell hat Version %1 von „%2“ aus Version %3 fertiggestellt, aber Ihr Entwurf beruht auf Version %4. Die neue Version verwenden oder an Ihrem Entwurf weiterarbeiten?</translation>
    </message>
    <message>
        <source>Use version %1</source>
        <translation>Fassung %1 verwenden</translation>
    </message>
    <message>
        <source>Keep my draft</source>
        <translation>Meinen Entwurf behalten</translation>
    </message>
    <message>
        <source>The model finished version %1 of “%2”. Your draft stays as it is until you choose.</source>
        <translation>Das Modell hat Version %1 von „%2“ fertiggestellt. Ihr Entwurf bleibt, wie er ist, bis Sie entscheiden.</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
</context>
<context>
    <name>Spielberg::GenerationLauncher</name>
    <message>
        <source>The provider&apos;s address is not usable: %1 Fix it in Settings.</source>
        <translation>Die Adresse des Anbieters ist nicht verwendbar: %1 Korrigieren Sie sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>den Anbieter</translation>
    </message>
    <message>
        <source>No API key for %1 yet. Add one in Settings (Ctrl+,), or choose OpenAI-compatible there with a local model such as http://localhost:11434/v1.</source>
        <translation>Noch kein API-Schlüssel für %1. Fügen Sie in den Einstellungen (Strg+,) einen hinzu oder wählen Sie dort „OpenAI-kompatibel“ mit einem lokalen Modell wie http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>Kept before generating</source>
        <translation>Vor dem Generieren gesichert</translation>
    </message>
</context>
<context>
    <name>Spielberg::JobListModel</name>
    <message>
        <source>(new draft)</source>
        <translation>(neuer Entwurf)</translation>
    </message>
    <message>
        <source>(deleted script)</source>
        <translation>(gelöschtes Drehbuch)</translation>
    </message>
    <message>
        <source>%1 — scene %2</source>
        <translation>%1 — Szene %2</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>input tokens → output tokens</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>what a job generates: a script, a scene or a quick draft</extracomment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Script / scene</source>
        <translation>Drehbuch / Szene</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Tokens (in → out)</source>
        <translation>Token (ein → aus)</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Wartet auf Sie</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>Szene %1</translation>
    </message>
</context>
<context>
    <name>Spielberg::JobsPage</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Show jobs with status</source>
        <translation>Aufträge mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Alle Aufträge</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>Auftrag a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop this job; the text written so far is kept</source>
        <translation>Diesen Auftrag stoppen; der bisher geschriebene Text bleibt erhalten</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Queue this job again from the start (the provider may bill it again)</source>
        <translation>Diesen Auftrag erneut von vorn einreihen (der Anbieter berechnet ihn eventuell noch einmal)</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>The model stopped at its length limit: ask it to go on</source>
        <translation>Das Modell hat an seinem Längenlimit angehalten: es weiterschreiben lassen</translation>
    </message>
    <message>
        <source>&amp;Open result</source>
        <translation>&amp;Ergebnis öffnen</translation>
    </message>
    <message>
        <source>Show the version this job made (Enter)</source>
        <translation>Die Fassung anzeigen, die dieser Auftrag erstellt hat (Enter)</translation>
    </message>
    <message>
        <source>Generation jobs</source>
        <translation>Generierungsaufträge</translation>
    </message>
    <message>
        <source>Text of the selected job</source>
        <translation>Text des ausgewählten Auftrags</translation>
    </message>
    <message>
        <source>Select a job to see what the model wrote. The text of a running job appears here as it is written.</source>
        <translation>Wählen Sie einen Auftrag aus, um zu sehen, was das Modell geschrieben hat. Der Text eines laufenden Auftrags erscheint hier, während er geschrieben wird.</translation>
    </message>
    <message>
        <source>The jobs could not be read: %1</source>
        <translation>Die Aufträge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No job selected.</source>
        <translation>Kein Auftrag ausgewählt.</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>%1 tokens in, %2 out</source>
        <translation>%1 Token ein, %2 aus</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped at the length limit: Continue asks for the rest</source>
        <translation>am Längenlimit angehalten: „Fortsetzen“ fordert den Rest an</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Anweisung: %1</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(Anfrage-ID %1)</translation>
    </message>
    <message>
        <source>&amp;Open draft</source>
        <translation>&amp;Entwurf öffnen</translation>
    </message>
    <message>
        <source>The job is being tried again (attempt %1).</source>
        <translation>Der Auftrag wird erneut versucht (Versuch %1).</translation>
    </message>
    <message>
        <source>The job could not be cancelled: %1</source>
        <translation>Der Auftrag konnte nicht abgebrochen werden: %1</translation>
    </message>
    <message>
        <source>The job could not be retried: %1</source>
        <translation>Der Auftrag konnte nicht wiederholt werden: %1</translation>
    </message>
    <message>
        <source>The job is queued again.</source>
        <translation>Der Auftrag ist wieder eingereiht.</translation>
    </message>
    <message>
        <source>The job could not be continued: %1</source>
        <translation>Der Auftrag konnte nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <source>This job made no version (it stopped before the end). Continue it, or open its text above.</source>
        <translation>Dieser Auftrag hat keine Fassung erstellt (er hat vor dem Ende angehalten). Setzen Sie ihn fort oder öffnen Sie oben seinen Text.</translation>
    </message>
    <message>
        <source>A story run writes through its steps: open the run&apos;s row and select the cast, the outline or a scene to read what the model wrote.</source>
        <translation>Eine Stoffentwicklung schreibt über ihre Schritte: Öffnen Sie die Zeile des Durchlaufs und wählen Sie die Figuren, das Exposé oder eine Szene, um zu lesen, was das Modell geschrieben hat.</translation>
    </message>
</context>
<context>
    <name>Spielberg::MainWindow</name>
    <message>
        <source>Spielberg</source>
        <translation>Spielberg</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Drehbücher</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Figuren</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Szenen</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scene(s)</source>
        <translation>
            <numerusform>%n Szene</numerusform>
            <numerusform>%n Szenen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>A job failed: %1</source>
        <translation>Ein Auftrag ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>A job finished.</source>
        <translation>Ein Auftrag ist fertig.</translation>
    </message>
    <message>
        <source>Jobs (%1)</source>
        <translation>Aufträge (%1)</translation>
    </message>
    <message>
        <source>&amp;Scripts</source>
        <translation>&amp;Drehbücher</translation>
    </message>
    <message>
        <source>&amp;Characters</source>
        <translation>&amp;Figuren</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <source>Sce&amp;nes</source>
        <translation>S&amp;zenen</translation>
    </message>
    <message>
        <source>Cannot generate yet</source>
        <translation>Generieren noch nicht möglich</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Einstellungen öffnen…</translation>
    </message>
    <message>
        <source>Import a screenplay</source>
        <translation>Ein Drehbuch importieren</translation>
    </message>
    <message>
        <source>Screenplays (*.fountain *.spmd *.txt *.fdx);;All files (*)</source>
        <translation>Drehbücher (*.fountain *.spmd *.txt *.fdx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Open a script to export it.</source>
        <translation>Öffnen Sie ein Drehbuch, um es zu exportieren.</translation>
    </message>
    <message>
        <source>Export the draft</source>
        <translation>Den Entwurf exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Final Draft (*.fdx);;Fountain (*.fountain)</source>
        <translation>PDF (*.pdf);;Final Draft (*.fdx);;Fountain (*.fountain)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Jobs are still in the queue</source>
        <translation>Es sind noch Aufträge in der Warteschlange</translation>
    </message>
    <message numerus="yes">
        <source>%n generation job(s) have not finished. Cancel them, or leave them: waiting jobs start when you next open Spielberg, and running ones stop now, keeping their text, ready to retry.</source>
        <translation>
            <numerusform>%n Generierungsauftrag ist noch nicht abgeschlossen. Brechen Sie ihn ab oder lassen Sie ihn bestehen: Ein wartender Auftrag startet beim nächsten Öffnen von Spielberg, ein laufender stoppt jetzt, behält seinen Text und kann wiederholt werden.</numerusform>
            <numerusform>%n Generierungsaufträge sind noch nicht abgeschlossen. Brechen Sie sie ab oder lassen Sie sie bestehen: Wartende Aufträge starten beim nächsten Öffnen von Spielberg, laufende stoppen jetzt, behalten ihren Text und können wiederholt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave them</source>
        <translation>Bestehen lassen</translation>
    </message>
    <message>
        <source>Cancel jobs</source>
        <translation>Aufträge abbrechen</translation>
    </message>
    <message>
        <source>Don&apos;t quit</source>
        <translation>Nicht beenden</translation>
    </message>
    <message>
        <source>About Spielberg</source>
        <translation>Über Spielberg</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Spielberg %1&lt;/h3&gt;&lt;p&gt;An offline-first screenwriting studio: a library of scripts with full version history, a character bible, a Fountain editor, and generation jobs that stream live.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spielberg %1&lt;/h3&gt;&lt;p&gt;Ein Drehbuchstudio, das vor allem offline arbeitet: eine Bibliothek von Drehbüchern mit vollständigem Fassungsverlauf, eine Figurenbibel, ein Fountain-Editor und Generierungsaufträge, deren Text live erscheint.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Fountain Syntax</source>
        <translation>&amp;Fountain-Syntax</translation>
    </message>
    <message>
        <source>How to write scene headings, dialogue, transitions and the rest</source>
        <translation>Wie man Szenenüberschriften, Dialoge, Übergänge und alles Weitere schreibt</translation>
    </message>
    <message>
        <source>&lt;p&gt;KDE Frameworks Syntax Highlighting %1, SQLite %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;KDE Frameworks Syntax Highlighting %1, SQLite %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fountain syntax</source>
        <translation>Fountain-Syntax</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Develop</source>
        <translation>Entwickeln</translation>
    </message>
    <message>
        <source>The script could not be read: %1</source>
        <translation>Das Drehbuch konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Develop “%1”</source>
        <translation>„%1“ entwickeln</translation>
    </message>
    <message>
        <source>A run on this script was interrupted. Resume it? What its steps finished is kept.</source>
        <translation>Eine Stoffentwicklung dieses Drehbuchs wurde unterbrochen. Fortsetzen? Was ihre Schritte bereits fertiggestellt haben, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Kept before developing</source>
        <translation>Vor dem Entwickeln gesichert</translation>
    </message>
    <message>
        <source>The run could not start: %1</source>
        <translation>Die Stoffentwicklung konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Element of the current line</source>
        <translation>Element der aktuellen Zeile</translation>
    </message>
    <message>
        <source>What the line you are typing is. Enter and Tab move between elements; Ctrl+1 … Ctrl+9 and Ctrl+0 pick one.</source>
        <translation>Was die Zeile ist, die Sie tippen. Eingabe und Tab wechseln zwischen den Elementen; Strg+1 … Strg+9 und Strg+0 wählen eines.</translation>
    </message>
    <message>
        <source>Your scripts and the editor (Alt+1)</source>
        <translation>Ihre Drehbücher und der Editor (Alt+1)</translation>
    </message>
    <message>
        <source>The character library (Alt+2)</source>
        <translation>Die Figurenbibliothek (Alt+2)</translation>
    </message>
    <message>
        <source>Generation jobs (Alt+3)</source>
        <translation>Generierungsaufträge (Alt+3)</translation>
    </message>
    <message>
        <source>Scenes of a version (Alt+4)</source>
        <translation>Szenen einer Fassung (Alt+4)</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running (Alt+3)</source>
        <translation>
            <numerusform>%n Auftrag läuft (Alt+3)</numerusform>
            <numerusform>%n Aufträge laufen (Alt+3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Job queued: follow it in the Jobs tab (Alt+3).</source>
        <translation>Auftrag eingereiht: Verfolgen Sie ihn im Tab „Aufträge“ (Alt+3).</translation>
    </message>
    <message>
        <source>Open a script to see its reports.</source>
        <translation>Öffnen Sie ein Drehbuch, um seine Berichte zu sehen.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No scripts opened yet</source>
        <translation>Noch keine Drehbücher geöffnet</translation>
    </message>
</context>
<context>
    <name>Spielberg::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Spielberg::PageView</name>
    <message>
        <source>The draft as it will print</source>
        <translation>Der Entwurf, wie er gedruckt wird</translation>
    </message>
    <message>
        <source>Nothing to print yet</source>
        <translation>Noch nichts zu drucken</translation>
    </message>
</context>
<context>
    <name>Spielberg::QuickGenerateDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>&amp;Save as new script…</source>
        <translation>&amp;Als neues Drehbuch speichern…</translation>
    </message>
    <message>
        <source>Quick generate</source>
        <translation>Schnell generieren</translation>
    </message>
    <message>
        <source>What should the model write? e.g. A two-page cold open: a lighthouse keeper sees a flare on a night she swore to stay inside.</source>
        <translation>Was soll das Modell schreiben? z. B. Ein zweiseitiger Cold Open: Eine Leuchtturmwärterin sieht ein Leuchtsignal – in einer Nacht, in der sie geschworen hat, drinnen zu bleiben.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Characters for the draft</source>
        <translation>Figuren für den Entwurf</translation>
    </message>
    <message>
        <source>The model&apos;s text appears here as it is written.</source>
        <translation>Der Text des Modells erscheint hier, während er geschrieben wird.</translation>
    </message>
    <message>
        <source>Generated text</source>
        <translation>Generierter Text</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>An&amp;weisung:</translation>
    </message>
    <message>
        <source>&amp;Format, genre, tone:</source>
        <translation>&amp;Format, Genre, Tonfall:</translation>
    </message>
    <message>
        <source>&amp;Characters:</source>
        <translation>F&amp;iguren:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save as new script</source>
        <translation>Als neues Drehbuch speichern</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Write a prompt first: the model needs to know what to write.</source>
        <translation>Schreiben Sie zuerst eine Anweisung: Das Modell muss wissen, was es schreiben soll.</translation>
    </message>
    <message>
        <source>&amp;Generate again</source>
        <translation>&amp;Erneut generieren</translation>
    </message>
    <message>
        <source>Nothing generated yet.</source>
        <translation>Noch nichts generiert.</translation>
    </message>
    <message>
        <source>Waiting for a free slot…</source>
        <translation>Warte auf einen freien Platz…</translation>
    </message>
    <message>
        <source>The model is writing…</source>
        <translation>Das Modell schreibt…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>There is no finished text to save yet.</source>
        <translation>Es gibt noch keinen fertigen Text zum Speichern.</translation>
    </message>
    <message>
        <source>Quick draft</source>
        <translation>Schnellentwurf</translation>
    </message>
    <message>
        <source>The script could not be created: %1</source>
        <translation>Das Drehbuch konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>Gespeichert als „%1“.</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>Spielberg::ReportChart</name>
    <message>
        <source>%1: %2</source>
        <extracomment>One bar of a chart, read by screen readers: a name and its count</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Spielberg::ReportsDialog</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Reports: %1</source>
        <translation>Berichte: %1</translation>
    </message>
    <message>
        <source>Words of dialogue per character</source>
        <translation>Dialogwörter pro Figur</translation>
    </message>
    <message>
        <source>Scenes per location</source>
        <translation>Szenen pro Schauplatz</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Figur</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Szenen</translation>
    </message>
    <message>
        <source>Dialogue blocks</source>
        <translation>Dialogblöcke</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>First scene</source>
        <translation>Erste Szene</translation>
    </message>
    <message>
        <source>Last scene</source>
        <translation>Letzte Szene</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <source>Words of dialogue per character, top %1</source>
        <translation>Dialogwörter pro Figur, Top %1</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Schauplatz</translation>
    </message>
    <message>
        <source>INT/EXT</source>
        <extracomment>A location&apos;s interior or exterior column: INT, EXT or INT/EXT</extracomment>
        <translation>INT/EXT</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Tageszeiten</translation>
    </message>
    <message>
        <source>Pages</source>
        <extracomment>A length in pages, counted in eighths (&quot;1 3/8&quot;)</extracomment>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Scenes per location, top %1</source>
        <translation>Szenen pro Schauplatz, Top %1</translation>
    </message>
    <message>
        <source>Scene</source>
        <extracomment>The scene number column</extracomment>
        <translation>Szene</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Length</source>
        <extracomment>A scene&apos;s length in eighths of a page (&quot;1 3/8&quot;)</extracomment>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Figuren</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Als &amp;CSV speichern…</translation>
    </message>
    <message>
        <source>Save this tab&apos;s report as a spreadsheet file (CSV)</source>
        <translation>Den Bericht dieses Tabs als Tabellendatei (CSV) speichern</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save this tab&apos;s table, as sorted, as a PDF</source>
        <translation>Die Tabelle dieses Tabs in der aktuellen Sortierung als PDF speichern</translation>
    </message>
    <message>
        <source>Working out the reports…</source>
        <translation>Berichte werden erstellt…</translation>
    </message>
    <message>
        <source>This draft has no scenes yet.</source>
        <translation>Dieser Entwurf hat noch keine Szenen.</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Schauplätze</translation>
    </message>
    <message>
        <source>A PDF is still being saved; try again when it is done.</source>
        <translation>Ein PDF wird noch gespeichert; versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>The reports are not ready yet.</source>
        <translation>Die Berichte sind noch nicht fertig.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>The title line of a report saved as PDF: the script&apos;s title, then the report&apos;s name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Page numbers of a report saved as PDF</extracomment>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Bericht als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>%1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>Spielberg::SceneBoard</name>
    <message>
        <source>No scenes yet. Write a scene heading (INT. KITCHEN - DAY) in the editor, or develop the script from a logline.</source>
        <translation>Noch keine Szenen. Schreiben Sie im Editor eine Szenenüberschrift (INT. KÜCHE - TAG) oder entwickeln Sie das Drehbuch aus einer Logline.</translation>
    </message>
    <message>
        <source>%1 pg</source>
        <translation>%1 S.</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Tension: %1</source>
        <translation>Spannung: %1</translation>
    </message>
    <message>
        <source>Tone: %1</source>
        <translation>Tonfall: %1</translation>
    </message>
</context>
<context>
    <name>Spielberg::SceneCardModel</name>
    <message>
        <source>Scene %1: %2</source>
        <translation>Szene %1: %2</translation>
    </message>
    <message>
        <source>Waiting to be written…</source>
        <translation>In der Warteschlange…</translation>
    </message>
    <message>
        <source>Being written…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <source>Written: %1 words</source>
        <translation>Geschrieben: %1 Wörter</translation>
    </message>
    <message>
        <source>Being written: %1 words</source>
        <translation>Wird geschrieben: %1 Wörter</translation>
    </message>
</context>
<context>
    <name>Spielberg::SceneTableModel</name>
    <message>
        <source>Double-click to edit</source>
        <translation>Zum Bearbeiten doppelklicken</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Schauplatz</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Spannung</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tonfall</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Figuren</translation>
    </message>
</context>
<context>
    <name>Spielberg::ScenesPage</name>
    <message>
        <source>&amp;Regenerate scene…</source>
        <translation>Szene &amp;neu generieren…</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Drehbuch</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>Have the model rewrite the selected scene; the rest stays as it is (Ctrl+R)</source>
        <translation>Das Modell die ausgewählte Szene neu schreiben lassen; der Rest bleibt, wie er ist (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>&amp;Drehbuch:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Fassung:</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Szenen</translation>
    </message>
    <message>
        <source>Text of the selected scene</source>
        <translation>Text der ausgewählten Szene</translation>
    </message>
    <message>
        <source>Select a scene to read it here.</source>
        <translation>Wählen Sie eine Szene aus, um sie hier zu lesen.</translation>
    </message>
    <message>
        <source>The scene could not be saved: %1</source>
        <translation>Die Szene konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The scripts could not be read: %1</source>
        <translation>Die Drehbücher konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>v%1 — %2</source>
        <translation>v%1 — %2</translation>
    </message>
    <message>
        <source>The scenes could not be read: %1</source>
        <translation>Die Szenen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>goal: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>tension: %1</source>
        <translation>Spannung: %1</translation>
    </message>
    <message>
        <source>tone: %1</source>
        <translation>Tonfall: %1</translation>
    </message>
    <message>
        <source>The model is told the scene&apos;s %1.</source>
        <translation>Das Modell erhält diese Angaben zur Szene: %1.</translation>
    </message>
    <message>
        <source>Scene regenerated — version %1 against version %2</source>
        <translation>Szene neu generiert — Fassung %1 im Vergleich zu Fassung %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Fassung %1</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Fassung %1 (%2)</translation>
    </message>
    <message>
        <source>The scene was rewritten as version %1.</source>
        <translation>Die Szene wurde als Fassung %1 neu geschrieben.</translation>
    </message>
    <message>
        <source>Regenerate scene %1 of “%2”</source>
        <translation>Szene %1 von „%2“ neu generieren</translation>
    </message>
    <message>
        <source>Scene %1: %2</source>
        <translation>Szene %1: %2</translation>
    </message>
    <message>
        <source>&amp;Develop…</source>
        <translation>&amp;Entwickeln…</translation>
    </message>
    <message>
        <source>The draft: moves and edits go into the text (Ctrl+Z undoes them)</source>
        <translation>Der Entwurf: Verschiebungen und Änderungen fließen in den Text ein (Strg+Z macht sie rückgängig)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>The story board: the draft&apos;s scenes as index cards</source>
        <translation>Die Pinnwand: die Szenen des Entwurfs als Karteikarten</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>The scenes of any version as a table</source>
        <translation>Die Szenen einer beliebigen Fassung als Tabelle</translation>
    </message>
    <message>
        <source>Have the model develop the script: cast, outline, then every scene</source>
        <translation>Das Drehbuch vom Modell entwickeln lassen: Figuren, Exposé, dann jede Szene</translation>
    </message>
    <message>
        <source>Story board</source>
        <translation>Pinnwand</translation>
    </message>
    <message>
        <source>Continuity findings</source>
        <translation>Kontinuitätshinweise</translation>
    </message>
    <message>
        <source>The card could not be saved: %1</source>
        <translation>Die Karte konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The draft cannot be changed right now.</source>
        <translation>Der Entwurf kann gerade nicht geändert werden.</translation>
    </message>
    <message>
        <source>The cards were catching up with your typing; drag the card again.</source>
        <translation>Die Karten waren noch nicht auf dem Stand Ihrer Eingabe; ziehen Sie die Karte noch einmal.</translation>
    </message>
    <message>
        <source>Scene %1 is being written by a job. Your move stays in the draft; what the job writes comes as a new version for you to review.</source>
        <translation>Szene %1 wird gerade von einem Auftrag geschrieben. Ihre Verschiebung bleibt im Entwurf; was der Auftrag schreibt, kommt als neue Fassung, die Sie prüfen können.</translation>
    </message>
    <message>
        <source>Continuity: nothing to report</source>
        <translation>Kontinuität: nichts zu melden</translation>
    </message>
    <message>
        <source>Click to show it in the editor</source>
        <translation>Zum Anzeigen im Editor klicken</translation>
    </message>
    <message>
        <source>Scene %1 is being written by a job. Your changes stay in the draft; what the job writes comes as a new version for you to review.</source>
        <translation>Szene %1 wird gerade von einem Auftrag geschrieben. Ihre Änderungen bleiben im Entwurf; was der Auftrag schreibt, kommt als neue Fassung, die Sie prüfen können.</translation>
    </message>
    <message>
        <source>Kept to hold the notes of scene %1</source>
        <translation>Gesichert, um die Notizen zu Szene %1 zu bewahren</translation>
    </message>
    <message>
        <source>&amp;Edit card…</source>
        <translation>Karte &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Show in the editor</source>
        <translation>Im Editor &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Lock: never rewritten by the model</source>
        <translation>&amp;Sperren: wird nie vom Modell neu geschrieben</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>Choose a &amp;take…</source>
        <translation>&amp;Take wählen…</translation>
    </message>
    <message>
        <source>Scene %1 is locked: unlock it to have it rewritten.</source>
        <translation>Szene %1 ist gesperrt: Entsperren Sie sie, um sie neu schreiben zu lassen.</translation>
    </message>
    <message>
        <source>Kept before regenerating scene %1</source>
        <translation>Vor dem Neugenerieren von Szene %1 gesichert</translation>
    </message>
    <message>
        <source>The scene could not be read.</source>
        <translation>Die Szene konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Tip: a goal, tension and tone for the scene (edit them on its card) steer the rewrite.</source>
        <translation>Tipp: Ziel, Spannung und Tonfall der Szene (auf ihrer Karte zu bearbeiten) lenken das Neuschreiben.</translation>
    </message>
    <message>
        <source>The cast is proposed. Keep, edit or drop characters in the Characters tab, then have the outline written for the cast you kept.</source>
        <translation>Die Figuren sind vorgeschlagen. Behalten, bearbeiten oder streichen Sie Figuren im Tab „Figuren“ und lassen Sie dann das Exposé für die behaltenen Figuren schreiben.</translation>
    </message>
    <message>
        <source>Write the &amp;outline</source>
        <translation>E&amp;xposé schreiben</translation>
    </message>
    <message>
        <source>The outline is on the cards. Move, edit, add, delete or lock scenes, then have every scene written.</source>
        <translation>Das Exposé steht auf den Karten. Verschieben, bearbeiten, ergänzen, löschen oder sperren Sie Szenen und lassen Sie dann jede Szene schreiben.</translation>
    </message>
    <message>
        <source>Write the &amp;scenes</source>
        <translation>S&amp;zenen schreiben</translation>
    </message>
    <message>
        <source>The outline as edited on the cards</source>
        <translation>Das Exposé, wie auf den Karten bearbeitet</translation>
    </message>
    <message>
        <source>The run could not go on: %1</source>
        <translation>Die Stoffentwicklung konnte nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <source>The outline is being written.</source>
        <translation>Das Exposé wird geschrieben.</translation>
    </message>
    <message>
        <source>The scenes are being written.</source>
        <translation>Die Szenen werden geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>Continuity (%1)</source>
        <translation>Kontinuität (%1)</translation>
    </message>
    <message>
        <source>Scene %1 is locked: unlock it before deleting it.</source>
        <translation>Szene %1 ist gesperrt: Entsperren Sie sie, bevor Sie sie löschen.</translation>
    </message>
    <message>
        <source>Scene %1 (%2) was deleted from the draft. Ctrl+Z brings it back.</source>
        <translation>Szene %1 (%2) wurde aus dem Entwurf gelöscht. Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <source>The cards were catching up with your typing; the heading and synopsis were not written. Edit the card again.</source>
        <translation>Die Karten holten gerade Ihre Eingaben ein; Überschrift und Synopsis wurden nicht übernommen. Bearbeiten Sie die Karte bitte erneut.</translation>
    </message>
    <message>
        <source>&amp;New scene after this one</source>
        <translation>&amp;Neue Szene danach</translation>
    </message>
    <message>
        <source>&amp;Delete scene</source>
        <translation>Szene &amp;löschen</translation>
    </message>
    <message>
        <source>The model is at work on this script; the cards appear as soon as it has laid out the scenes.</source>
        <translation>Das Modell arbeitet an diesem Drehbuch; die Karten erscheinen, sobald es die Szenen angelegt hat.</translation>
    </message>
    <message>
        <source>The take you chose is version %1; the other takes stay with the job.</source>
        <translation>Der gewählte Take ist Fassung %1; die anderen Takes bleiben beim Auftrag.</translation>
    </message>
    <message>
        <source>The %1 takes of the scene are ready to compare.</source>
        <translation>Die %1 Takes der Szene sind bereit zum Vergleich.</translation>
    </message>
    <message>
        <source>The scene you were editing changed in the text; its card was closed without saving. Open it again to edit it.</source>
        <translation>Die Szene, die Sie bearbeitet haben, hat sich im Text geändert; ihre Karte wurde ohne Speichern geschlossen. Öffnen Sie sie erneut, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>The scene you were editing changed in the text; the card was not saved.</source>
        <translation>Die Szene, die Sie bearbeitet haben, hat sich im Text geändert; die Karte wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The outline (version %1) is not in your draft yet: your typing kept it out. Review it in the Scripts tab and take it, then write the scenes.</source>
        <translation>Das Exposé (Fassung %1) ist noch nicht in Ihrem Entwurf: Ihre Eingaben haben es ferngehalten. Prüfen Sie es im Reiter Drehbücher und übernehmen Sie es, dann lassen Sie die Szenen schreiben.</translation>
    </message>
</context>
<context>
    <name>Spielberg::ScriptDialog</name>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>Neues Drehbuch</translation>
    </message>
    <message>
        <source>The title on the cover page</source>
        <translation>Der Titel auf dem Deckblatt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>One or two sentences: who wants what, and what stands in the way</source>
        <translation>Ein oder zwei Sätze: Wer will was, und was steht im Weg</translation>
    </message>
    <message>
        <source>Logline</source>
        <translation>Logline</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tonfall</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Allow changing genre and tone of a script that has versions</source>
        <translation>Ändern von Genre und Tonfall bei einem Drehbuch mit Fassungen erlauben</translation>
    </message>
    <message>
        <source>Characters in this script</source>
        <translation>Figuren in diesem Drehbuch</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Logline:</source>
        <translation>&amp;Logline:</translation>
    </message>
    <message>
        <source>&amp;Genre and tone:</source>
        <translation>&amp;Genre und Tonfall:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Characters:</source>
        <translation>F&amp;iguren:</translation>
    </message>
    <message>
        <source>Script details</source>
        <translation>Drehbuchdetails</translation>
    </message>
    <message>
        <source>The library has no characters yet (Characters tab, Ctrl+2).</source>
        <translation>Die Bibliothek enthält noch keine Figuren (Tab „Figuren“, Strg+2).</translation>
    </message>
    <message>
        <source>🔒 Locked: every version and every generation of this script uses this genre and tone.</source>
        <translation>🔒 Gesperrt: Jede Fassung und jede Generierung dieses Drehbuchs verwendet dieses Genre und diesen Tonfall.</translation>
    </message>
    <message>
        <source>Unlock genre and tone</source>
        <translation>Genre und Tonfall entsperren</translation>
    </message>
    <message>
        <source>This script already has versions written in this genre and tone. Changing them makes new generations follow the new ones, and may not match what exists. Unlock anyway?</source>
        <translation>Dieses Drehbuch hat bereits Fassungen in diesem Genre und Tonfall. Wenn Sie sie ändern, folgen neue Generierungen den neuen Werten und passen womöglich nicht zum Bestehenden. Trotzdem entsperren?</translation>
    </message>
    <message>
        <source>A script needs a title.</source>
        <translation>Ein Drehbuch braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>Spielberg::ScriptListModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tonfall</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Spielberg::ScriptView</name>
    <message>
        <source>Your draft could not be saved: %1. It stays in the editor; try Ctrl+S.</source>
        <translation>Ihr Entwurf konnte nicht gespeichert werden: %1. Er bleibt im Editor; versuchen Sie es mit Strg+S.</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Entwurf gespeichert</translation>
    </message>
    <message>
        <source>&amp;Details &amp;&amp; characters…</source>
        <translation>&amp;Details &amp;&amp; Figuren…</translation>
    </message>
    <message>
        <source>Title, logline, genre, tone, format and characters</source>
        <translation>Titel, Logline, Genre, Tonfall, Format und Figuren</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Save the draft now (Ctrl+S); it is also saved as you type</source>
        <translation>Den Entwurf jetzt speichern (Strg+S); er wird auch beim Tippen gespeichert</translation>
    </message>
    <message>
        <source>Save as version</source>
        <translation>Als Fassung speichern</translation>
    </message>
    <message>
        <source>Keep the draft as a new numbered version (Ctrl+Shift+S)</source>
        <translation>Den Entwurf als neue, nummerierte Fassung sichern (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation>Generieren…</translation>
    </message>
    <message>
        <source>Ask the model for a new version (Ctrl+G)</source>
        <translation>Das Modell um eine neue Fassung bitten (Strg+G)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find and replace in the script (Ctrl+F, Ctrl+H)</source>
        <translation>Im Drehbuch suchen und ersetzen (Strg+F, Strg+H)</translation>
    </message>
    <message>
        <source>Scenes of the draft</source>
        <translation>Szenen des Entwurfs</translation>
    </message>
    <message>
        <source>Click a scene to go to it</source>
        <translation>Klicken Sie auf eine Szene, um zu ihr zu springen</translation>
    </message>
    <message>
        <source>Pasting a long text…</source>
        <translation>Langer Text wird eingefügt…</translation>
    </message>
    <message>
        <source>Paste progress</source>
        <translation>Fortschritt beim Einfügen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop here; what was pasted so far stays (Ctrl+Z removes it)</source>
        <translation>Hier anhalten; was bisher eingefügt wurde, bleibt (Strg+Z entfernt es)</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Szenen</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <source>The scenes of the draft; click one to go to it</source>
        <translation>Die Szenen des Entwurfs; klicken Sie auf eine, um zu ihr zu springen</translation>
    </message>
    <message>
        <source>Every saved and generated version of this script</source>
        <translation>Alle gespeicherten und generierten Fassungen dieses Drehbuchs</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No script open&lt;/h3&gt;&lt;p&gt;Choose a script in the list, or make a new one with &lt;b&gt;New&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kein Drehbuch geöffnet&lt;/h3&gt;&lt;p&gt;Wählen Sie ein Drehbuch in der Liste aus oder legen Sie mit &lt;b&gt;Neu&lt;/b&gt; (Strg+N) ein neues an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The script could not be opened: %1</source>
        <translation>Das Drehbuch konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>Die Fassungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The draft could not be read: %1</source>
        <translation>Der Entwurf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no genre</source>
        <translation>kein Genre</translation>
    </message>
    <message>
        <source>no tone</source>
        <translation>kein Tonfall</translation>
    </message>
    <message>
        <source>(genre and tone locked)</source>
        <extracomment>genre and tone can no longer change without unlocking them</extracomment>
        <translation>(Genre und Tonfall gesperrt)</translation>
    </message>
    <message>
        <source>Genre and tone are locked: every version and generation uses them. Unlock them in Details.</source>
        <translation>Genre und Tonfall sind gesperrt: Jede Fassung und Generierung verwendet sie. Entsperren Sie sie unter „Details“.</translation>
    </message>
    <message>
        <source>Characters: none attached — add them in Details</source>
        <translation>Figuren: keine zugeordnet — fügen Sie sie unter „Details“ hinzu</translation>
    </message>
    <message>
        <source>Characters: %1</source>
        <translation>Figuren: %1</translation>
    </message>
    <message>
        <source>The version could not be saved: %1</source>
        <translation>Die Fassung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Als Fassung %1 gespeichert.</translation>
    </message>
    <message>
        <source>A note for this version (optional):</source>
        <translation>Eine Notiz zu dieser Fassung (optional):</translation>
    </message>
    <message>
        <source>The details could not be saved: %1</source>
        <translation>Die Details konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Kept before restoring version %1</source>
        <translation>Gesichert vor dem Wiederherstellen von Fassung %1</translation>
    </message>
    <message>
        <source>The version could not be restored: %1</source>
        <translation>Die Fassung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Version %1 is the draft again, kept as version %2.</source>
        <translation>Fassung %1 ist wieder der Entwurf, gesichert als Fassung %2.</translation>
    </message>
    <message>
        <source>The model also gets: %1, the characters in Details, and the newest version as the starting point.</source>
        <translation>Das Modell erhält außerdem: %1, die Figuren aus den Details und die neueste Fassung als Ausgangspunkt.</translation>
    </message>
    <message>
        <source>Develop…</source>
        <translation>Entwickeln…</translation>
    </message>
    <message>
        <source>Have the model develop the script: cast, outline, then every scene</source>
        <translation>Das Drehbuch vom Modell entwickeln lassen: Figuren, Exposé, dann jede Szene</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Show the pages as they will print beside the text (Ctrl+Shift+P)</source>
        <translation>Die Seiten, wie sie gedruckt werden, neben dem Text zeigen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Version %1, locked as the white draft, is gone: revision marks are off.</source>
        <translation>Fassung %1, als weiße Fassung gesperrt, gibt es nicht mehr: Revisionsmarken sind aus.</translation>
    </message>
    <message>
        <source>The version could not be locked: %1</source>
        <translation>Die Fassung konnte nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <source>Version %1 is the locked white draft: every change since is marked with * in the margin, and exported pages print as revisions.</source>
        <translation>Fassung %1 ist die gesperrte weiße Fassung: Jede Änderung seitdem wird am Rand mit * markiert, und exportierte Seiten werden als Revision gedruckt.</translation>
    </message>
    <message>
        <source>Version %1 was added since you left this script; it is in the editor now.</source>
        <translation>Fassung %1 kam hinzu, seit Sie dieses Drehbuch verlassen haben; sie ist jetzt im Editor.</translation>
    </message>
    <message>
        <source>Version %1 is newer than your draft, which holds typing of yours.</source>
        <translation>Fassung %1 ist neuer als Ihr Entwurf, der eigene Änderungen von Ihnen enthält.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
</context>
<context>
    <name>Spielberg::ScriptsPage</name>
    <message>
        <source>Search titles, loglines, scripts and characters…</source>
        <translation>Titel, Loglines, Drehbücher und Figuren durchsuchen…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Show genre</source>
        <translation>Genre anzeigen</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>Alle Genres</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Drehbücher</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new script (Ctrl+N)</source>
        <translation>Ein neues Drehbuch beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Title, logline, genre, tone, format and characters</source>
        <translation>Titel, Logline, Genre, Tonfall, Format und Figuren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected script with all its versions</source>
        <translation>Das ausgewählte Drehbuch mit allen Fassungen löschen</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>Die Bibliothek konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The script could not be created: %1</source>
        <translation>Das Drehbuch konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Delete “%1” with all its versions, scenes and its draft? This cannot be undone.</source>
        <translation>„%1“ mit allen Fassungen, Szenen und dem Entwurf löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n generation job(s) for it will be cancelled.</source>
        <translation>
            <numerusform>%n zugehöriger Generierungsauftrag wird abgebrochen.</numerusform>
            <numerusform>%n zugehörige Generierungsaufträge werden abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete script</source>
        <translation>Drehbuch löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The script could not be deleted: %1</source>
        <translation>Das Drehbuch konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” arrived from the model.</source>
        <translation>Version %1 von „%2“ ist vom Modell eingetroffen.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>Spielberg::SettingsDialog</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Anthropic (Claude)</source>
        <translation>Anthropic (Claude)</translation>
    </message>
    <message>
        <source>OpenAI-compatible (OpenAI, OpenRouter, Ollama, llama.cpp, LM Studio)</source>
        <translation>OpenAI-kompatibel (OpenAI, OpenRouter, Ollama, llama.cpp, LM Studio)</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Ask the provider which models it offers</source>
        <translation>Den Anbieter fragen, welche Modelle er anbietet</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Check the address and the key with the provider</source>
        <translation>Adresse und Schlüssel beim Anbieter prüfen</translation>
    </message>
    <message>
        <source>How many generation jobs run at the same time</source>
        <translation>Wie viele Generierungsaufträge gleichzeitig laufen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>Modellanbieter</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Longest &amp;answer:</source>
        <translation>Maximale Antwort&amp;länge:</translation>
    </message>
    <message>
        <source>A local model needs no key: choose OpenAI-compatible and an address such as http://localhost:11434/v1 (Ollama). Keys are kept in the system keychain, never in files.</source>
        <translation>Ein lokales Modell braucht keinen Schlüssel: Wählen Sie „OpenAI-kompatibel“ und eine Adresse wie http://localhost:11434/v1 (Ollama). Schlüssel werden im Schlüsselbund des Systems aufbewahrt, nie in Dateien.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Jobs at &amp;once:</source>
        <translation>&amp;Gleichzeitige Aufträge:</translation>
    </message>
    <message>
        <source>&amp;Time limit per job:</source>
        <translation>&amp;Zeitlimit pro Auftrag:</translation>
    </message>
    <message>
        <source>Give up on a &amp;silent stream after:</source>
        <translation>Stummen Stream abbrechen &amp;nach:</translation>
    </message>
    <message>
        <source>PDF &amp;paper:</source>
        <translation>PDF-&amp;Papierformat:</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>No keychain: %1</source>
        <translation>Kein Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>•••••••• (stored; type to replace)</source>
        <translation>•••••••• (gespeichert; zum Ersetzen tippen)</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Asking the provider for its models…</source>
        <translation>Anbieter wird nach seinen Modellen gefragt…</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) available.</source>
        <translation>
            <numerusform>%n Modell verfügbar.</numerusform>
            <numerusform>%n Modelle verfügbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key could not be stored in the keychain: %1</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Export and language</source>
        <translation>Export und Sprache</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>The language of the window; it changes the next time Spielberg starts</source>
        <translation>Die Sprache des Fensters; sie wechselt beim nächsten Start von Spielberg</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>S&amp;mart typing: Enter and Tab move between screenplay elements</source>
        <translation>&amp;Intelligentes Tippen: Eingabe und Tab wechseln zwischen Drehbuchelementen</translation>
    </message>
    <message>
        <source>Print (&amp;CONT&apos;D) when a character speaks again after action</source>
        <translation>(&amp;CONT&apos;D) drucken, wenn eine Figur nach einer Handlung wieder spricht</translation>
    </message>
    <message>
        <source>Added on the printed pages and the page view, never typed into the text</source>
        <translation>Wird auf den gedruckten Seiten und in der Seitenansicht ergänzt, nie in den Text geschrieben</translation>
    </message>
    <message>
        <source>The key comes from %1 in the environment, so none needs storing here.</source>
        <translation>Der Schlüssel kommt aus %1 in der Umgebung; hier muss keiner gespeichert werden.</translation>
    </message>
    <message>
        <source>Without a keychain, set %1 in the environment before starting Spielberg: the app and spielberg-cli read the key from there.</source>
        <translation>Ohne Schlüsselbund setzen Sie %1 in der Umgebung, bevor Sie Spielberg starten: App und spielberg-cli lesen den Schlüssel von dort.</translation>
    </message>
</context>
<context>
    <name>Spielberg::SmartTyping</name>
    <message>
        <source>Completions</source>
        <translation>Vervollständigungen</translation>
    </message>
</context>
<context>
    <name>Spielberg::TakesDialog</name>
    <message>
        <source>Takes of scene %1 — %2</source>
        <translation>Takes von Szene %1 — %2</translation>
    </message>
    <message>
        <source>Each take beside the scene as it stands; marked lines are new. Choose one: it becomes a new version, and the others stay with the job.</source>
        <translation>Jeder Take neben der Szene in ihrer jetzigen Form; markierte Zeilen sind neu. Wählen Sie einen aus: Er wird zu einer neuen Fassung, die anderen bleiben beim Auftrag.</translation>
    </message>
    <message>
        <source>The scene now</source>
        <translation>Die Szene jetzt</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>Take %1</translation>
    </message>
    <message>
        <source>Choose take &amp;%1</source>
        <translation>Take &amp;%1 wählen</translation>
    </message>
    <message>
        <source>%1 lines new, %2 gone</source>
        <translation>%1 Zeilen neu, %2 entfernt</translation>
    </message>
    <message>
        <source>This scene has no takes to choose from.</source>
        <translation>Für diese Szene gibt es keine Takes zur Auswahl.</translation>
    </message>
    <message>
        <source>The take could not be used: %1</source>
        <translation>Der Take konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>No version was made: the scene changed after the takes were written (%1). Your text is as it was; regenerate the scene to have takes of it as it is now.</source>
        <translation>Es wurde keine Fassung erstellt: Die Szene hat sich geändert, nachdem die Takes geschrieben wurden (%1). Ihr Text ist unverändert; generieren Sie die Szene neu, um Takes ihrer jetzigen Form zu erhalten.</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
</context>
<context>
    <name>Spielberg::VersionListModel</name>
    <message>
        <source>Made from v%1</source>
        <translation>Erstellt aus v%1</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Version</source>
        <extracomment>a version&apos;s number, v1, v2…</extracomment>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Locked as the white draft: revision marks and page numbers count from it.</source>
        <translation>Als weiße Fassung gesperrt: Revisionsmarken und Seitenzahlen beziehen sich auf sie.</translation>
    </message>
    <message>
        <source>v%1 (locked)</source>
        <extracomment>the version locked as the white draft of production revisions, in the versions list</extracomment>
        <translation>v%1 (gesperrt)</translation>
    </message>
</context>
<context>
    <name>Spielberg::VersionPane</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Fassungsverlauf</translation>
    </message>
    <message>
        <source>Select one version to view or restore it, or to compare it with the draft; select two to compare them</source>
        <translation>Wählen Sie eine Fassung, um sie anzusehen, wiederherzustellen oder mit dem Entwurf zu vergleichen; wählen Sie zwei, um sie miteinander zu vergleichen</translation>
    </message>
    <message>
        <source>Read the selected version (Enter)</source>
        <translation>Die ausgewählte Fassung lesen (Enter)</translation>
    </message>
    <message>
        <source>Compare two selected versions, or one with the draft</source>
        <translation>Zwei ausgewählte Fassungen vergleichen oder eine mit dem Entwurf</translation>
    </message>
    <message>
        <source>Make the selected version the draft again (as a new version; nothing is lost)</source>
        <translation>Die ausgewählte Fassung wieder zum Entwurf machen (als neue Fassung; nichts geht verloren)</translation>
    </message>
    <message>
        <source>%1 — version %2 (read-only)</source>
        <translation>%1 — Fassung %2 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 · %2%3</source>
        <translation>%1 · %2%3</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Diese Fassung wiederherstellen</translation>
    </message>
    <message>
        <source>Your draft</source>
        <translation>Ihr Entwurf</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Fassung %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — compare</source>
        <translation>%1 — Vergleich</translation>
    </message>
    <message>
        <source>&amp;Compare with draft</source>
        <translation>Mit Entwurf &amp;vergleichen</translation>
    </message>
    <message>
        <source>&amp;Lock as the white draft</source>
        <translation>Als weiße Fassung &amp;sperren</translation>
    </message>
    <message>
        <source>Production revisions: changes made after this version are marked with * and print on coloured pages</source>
        <translation>Produktionsrevisionen: Änderungen nach dieser Fassung werden mit * markiert und auf farbigen Seiten gedruckt</translation>
    </message>
</context>
<context>
    <name>Spielberg::WelcomeDialog</name>
    <message>
        <source>Welcome to Spielberg</source>
        <translation>Willkommen bei Spielberg</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Spielberg&lt;/h2&gt;&lt;p&gt;Write screenplays in Fountain, keep every version, build a bible of your characters, and let a language model draft scripts and scenes while you watch them being written.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, except what you send to the model you choose.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Spielberg&lt;/h2&gt;&lt;p&gt;Schreiben Sie Drehbücher in Fountain, behalten Sie jede Fassung, legen Sie eine Bibel Ihrer Figuren an und lassen Sie ein Sprachmodell Drehbücher und Szenen entwerfen, während Sie zusehen, wie sie entstehen.&lt;/p&gt;&lt;p&gt;Alles bleibt auf diesem Computer, außer dem, was Sie an das Modell Ihrer Wahl senden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a &amp;sample script</source>
        <translation>&amp;Beispiel-Drehbuch öffnen</translation>
    </message>
    <message>
        <source>Set up a &amp;model…</source>
        <translation>&amp;Modell einrichten…</translation>
    </message>
    <message>
        <source>Start &amp;writing</source>
        <translation>&amp;Losschreiben</translation>
    </message>
</context>
</TS>
