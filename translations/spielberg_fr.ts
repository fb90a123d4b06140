<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ErrorText</name>
    <message>
        <source>No model is chosen yet. Pick one in Settings (Ctrl+,).</source>
        <translation>Aucun modèle n’est encore choisi. Choisissez-en un dans les Paramètres (Ctrl+,).</translation>
    </message>
    <message>
        <source>The instruction is empty: say what the model should write.</source>
        <translation>L’instruction est vide : dites ce que le modèle doit écrire.</translation>
    </message>
    <message>
        <source>“%1” is not a web address the app can use; it looks like https://api.anthropic.com.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web utilisable ; elle ressemble à https://api.anthropic.com.</translation>
    </message>
    <message>
        <source>“%1” sends your script unencrypted to another computer. Use an https address; plain http is only for a model on this computer.</source>
        <translation>«&#xa0;%1&#xa0;» envoie votre scénario sans chiffrement à un autre ordinateur. Utilisez une adresse https ; le http simple est réservé à un modèle sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This script no longer exists; it may have been deleted in another window or from the command line.</source>
        <translation>Ce scénario n’existe plus ; il a peut-être été supprimé dans une autre fenêtre ou depuis la ligne de commande.</translation>
    </message>
    <message>
        <source>Version %1 of this script does not exist.</source>
        <translation>La version %1 de ce scénario n’existe pas.</translation>
    </message>
    <message>
        <source>This script has no versions yet.</source>
        <translation>Ce scénario n’a encore aucune version.</translation>
    </message>
    <message>
        <source>This character no longer exists.</source>
        <translation>Ce personnage n’existe plus.</translation>
    </message>
    <message>
        <source>This scene no longer exists; its version may have been deleted.</source>
        <translation>Cette scène n’existe plus ; sa version a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>This job no longer exists.</source>
        <translation>Cette tâche n’existe plus.</translation>
    </message>
    <message>
        <source>This job is already over (%1): only waiting or running jobs can be cancelled.</source>
        <translation>Cette tâche est déjà terminée (%1) : seules les tâches en attente ou en cours peuvent être annulées.</translation>
    </message>
    <message>
        <source>This job is %1: only failed, cancelled or interrupted jobs can be tried again.</source>
        <translation>Cette tâche est %1 : seules les tâches échouées, annulées ou interrompues peuvent être relancées.</translation>
    </message>
    <message>
        <source>A script needs a title.</source>
        <translation>Un scénario doit avoir un titre.</translation>
    </message>
    <message>
        <source>A character needs a name.</source>
        <translation>Un personnage doit avoir un nom.</translation>
    </message>
    <message>
        <source>Another program is writing to the library just now, so nothing was changed. Try again in a moment.</source>
        <translation>Un autre programme écrit en ce moment dans la bibliothèque ; rien n’a donc été modifié. Réessayez dans un instant.</translation>
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
        <translation>Aventure</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Comedy</source>
        <translation>Comédie</translation>
    </message>
    <message>
        <source>Crime</source>
        <translation>Policier</translation>
    </message>
    <message>
        <source>Documentary</source>
        <translation>Documentaire</translation>
    </message>
    <message>
        <source>Drama</source>
        <translation>Drame</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familial</translation>
    </message>
    <message>
        <source>Fantasy</source>
        <translation>Fantasy</translation>
    </message>
    <message>
        <source>Historical</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Horror</source>
        <translation>Horreur</translation>
    </message>
    <message>
        <source>Musical</source>
        <translation>Comédie musicale</translation>
    </message>
    <message>
        <source>Mystery</source>
        <translation>Mystère</translation>
    </message>
    <message>
        <source>Romance</source>
        <translation>Romance</translation>
    </message>
    <message>
        <source>Science fiction</source>
        <translation>Science-fiction</translation>
    </message>
    <message>
        <source>Thriller</source>
        <translation>Thriller</translation>
    </message>
    <message>
        <source>War</source>
        <translation>Guerre</translation>
    </message>
    <message>
        <source>Western</source>
        <translation>Western</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Léger</translation>
    </message>
    <message>
        <source>Gritty</source>
        <translation>Âpre</translation>
    </message>
    <message>
        <source>Whimsical</source>
        <translation>Fantaisiste</translation>
    </message>
    <message>
        <source>Suspenseful</source>
        <translation>Haletant</translation>
    </message>
    <message>
        <source>Satirical</source>
        <translation>Satirique</translation>
    </message>
    <message>
        <source>Romantic</source>
        <translation>Romantique</translation>
    </message>
    <message>
        <source>Melancholic</source>
        <translation>Mélancolique</translation>
    </message>
    <message>
        <source>Hopeful</source>
        <translation>Plein d&apos;espoir</translation>
    </message>
    <message>
        <source>Tense</source>
        <translation>Tendu</translation>
    </message>
    <message>
        <source>Comedic</source>
        <translation>Comique</translation>
    </message>
    <message>
        <source>Epic</source>
        <translation>Épique</translation>
    </message>
    <message>
        <source>Screenplay</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Outline</source>
        <extracomment>a story-engine step that outlines the scenes</extracomment>
        <translation>Séquencier</translation>
    </message>
    <message>
        <source>Saved</source>
        <extracomment>how a version came to be: saved by the writer</extracomment>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Générée</translation>
    </message>
    <message>
        <source>Scene regenerated</source>
        <translation>Séquence régénérée</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurée</translation>
    </message>
    <message>
        <source>Script</source>
        <extracomment>a generation job that writes a whole script</extracomment>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Scene</source>
        <extracomment>a generation job that rewrites one scene</extracomment>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Quick draft</source>
        <translation>Brouillon rapide</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Outlined</source>
        <extracomment>how a version came to be: the story engine&apos;s outline of the scenes</extracomment>
        <translation>Séquencé</translation>
    </message>
    <message>
        <source>Developed</source>
        <extracomment>how a version came to be: every scene written from the outline by the story engine</extracomment>
        <translation>Développé</translation>
    </message>
    <message>
        <source>Story run</source>
        <extracomment>a story-engine run: cast, outline and scenes</extracomment>
        <translation>Développement</translation>
    </message>
    <message>
        <source>Cast</source>
        <extracomment>a story-engine step that proposes the cast</extracomment>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Scene draft</source>
        <extracomment>a story-engine step that writes one scene of the outline</extracomment>
        <translation>Brouillon de scène</translation>
    </message>
    <message>
        <source>%1 speaks but is neither in the character bible nor a minor role</source>
        <translation>%1 parle, mais ne figure ni dans la bible des personnages ni parmi les petits rôles</translation>
    </message>
    <message>
        <source>%1 is cued under several names: %2</source>
        <translation>%1 apparaît sous plusieurs noms dans les répliques&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is in the script&apos;s cast but never on the page</source>
        <translation>%1 fait partie de la distribution du scénario, mais n&apos;apparaît jamais dans le texte</translation>
    </message>
    <message>
        <source>Text before the first scene heading belongs to no scene: “%1”</source>
        <translation>Le texte situé avant le premier en-tête de séquence n&apos;appartient à aucune séquence&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 has nothing in it</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 is still an outline scene: it has no dialogue</source>
        <translation>%1 n&apos;est encore qu&apos;une séquence du séquencier&#xa0;: elle n&apos;a pas de dialogue</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Bleu canard</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>By tone</source>
        <translation>Selon le ton</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Scene heading</source>
        <translation>En-tête de séquence</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Personnage</translation>
    </message>
    <message>
        <source>Parenthetical</source>
        <translation>Didascalie</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Transition</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>Paroles</translation>
    </message>
    <message>
        <source>Centered</source>
        <translation>Centré</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>screenplay element</comment>
        <translation>Action</translation>
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
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;New Script…</source>
        <translation>&amp;Nouveau scénario…</translation>
    </message>
    <message>
        <source>Start a new script</source>
        <translation>Commencer un nouveau scénario</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Bring a Fountain or Final Draft file into the library</source>
        <translation>Importer un fichier Fountain ou Final Draft dans la bibliothèque</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Write the open script&apos;s draft as PDF, Final Draft or Fountain</source>
        <translation>Exporter le brouillon du scénario ouvert en PDF, Final Draft ou Fountain</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quick Generate…</source>
        <translation>&amp;Génération rapide…</translation>
    </message>
    <message>
        <source>A draft from a prompt alone, streamed as it is written</source>
        <translation>Un brouillon à partir d&apos;une simple consigne, affiché au fil de l&apos;écriture</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Provider, model, API key, jobs and paper</source>
        <translation>Fournisseur, modèle, clé d&apos;API, tâches et papier</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>Ctrl+X</source>
        <translation>Ctrl+X</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>&amp;About Spielberg</source>
        <translation>À &amp;propos de Spielberg</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Rapports…</translation>
    </message>
    <message>
        <source>Breakdown of the open draft: characters, locations and scenes, as CSV or PDF</source>
        <translation>Dépouillement du brouillon ouvert&#xa0;: personnages, décors et séquences, en CSV ou PDF</translation>
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
        <translation>Spielberg ne peut pas ouvrir votre bibliothèque</translation>
    </message>
</context>
<context>
    <name>Spielberg::CardEditor</name>
    <message>
        <source>&amp;Locked: the model never rewrites this scene</source>
        <translation>&amp;Verrouillée&#xa0;: le modèle ne réécrit jamais cette séquence</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>Synopsis</translation>
    </message>
    <message>
        <source>What happens in this scene, in a line or two</source>
        <translation>Ce qui se passe dans cette séquence, en une ou deux lignes</translation>
    </message>
    <message>
        <source>What the scene must achieve</source>
        <translation>Ce que la séquence doit accomplir</translation>
    </message>
    <message>
        <source>What stands in the way</source>
        <translation>Ce qui fait obstacle</translation>
    </message>
    <message>
        <source>tense, tender, comic…</source>
        <translation>tendu, tendre, comique…</translation>
    </message>
    <message>
        <source>&amp;Synopsis:</source>
        <translation>&amp;Synopsis&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tension:</source>
        <translation>&amp;Tension&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;one:</source>
        <translation>To&amp;n&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>Scene heading</source>
        <translation>En-tête de séquence</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;En-tête&#xa0;:</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>Séquence %1</translation>
    </message>
</context>
<context>
    <name>Spielberg::CharacterListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <translation>%1 (proposé)</translation>
    </message>
    <message>
        <source>Proposed by the model for this script: keep it, edit it or drop it before the outline is written.</source>
        <translation>Proposé par le modèle pour ce scénario&#xa0;: gardez-le, modifiez-le ou écartez-le avant l&apos;écriture du séquencier.</translation>
    </message>
</context>
<context>
    <name>Spielberg::CharactersPage</name>
    <message>
        <source>Filter characters…</source>
        <translation>Filtrer les personnages…</translation>
    </message>
    <message>
        <source>Filter characters</source>
        <translation>Filtrer les personnages</translation>
    </message>
    <message>
        <source>Character library</source>
        <translation>Bibliothèque des personnages</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Add a character to the library (Ctrl+N)</source>
        <translation>Ajouter un personnage à la bibliothèque (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Copy the selected character under a new name</source>
        <translation>Copier le personnage sélectionné sous un nouveau nom</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Remove the selected character from the library</source>
        <translation>Retirer le personnage sélectionné de la bibliothèque</translation>
    </message>
    <message>
        <source>The name as it appears in dialogue, e.g. MARGARET</source>
        <translation>Le nom tel qu&apos;il apparaît dans les dialogues, p. ex. MARGARET</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Temperament, habits, contradictions…</source>
        <translation>Tempérament, habitudes, contradictions…</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>Personnalité</translation>
    </message>
    <message>
        <source>What they want, and what they need</source>
        <translation>Ce que le personnage veut, et ce dont il a besoin</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>How they talk: rhythm, vocabulary, what they never say</source>
        <translation>Sa façon de parler&#xa0;: rythme, vocabulaire, ce qu&apos;il ne dit jamais</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Where they come from; what happened before page one</source>
        <translation>D&apos;où il vient&#xa0;; ce qui s&apos;est passé avant la première page</translation>
    </message>
    <message>
        <source>Backstory</source>
        <translation>Passé</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Personality:</source>
        <translation>&amp;Personnalité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Objectifs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>&amp;Voix&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Backstory:</source>
        <translation>P&amp;assé&#xa0;:</translation>
    </message>
    <message>
        <source>Used in:</source>
        <translation>Utilisé dans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Forget the changes made since the last save</source>
        <translation>Oublier les modifications faites depuis le dernier enregistrement</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save this character (Ctrl+S)</source>
        <translation>Enregistrer ce personnage (Ctrl+S)</translation>
    </message>
    <message>
        <source>The characters could not be read: %1</source>
        <translation>Impossible de lire les personnages&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>No script yet</source>
        <translation>Aucun scénario pour l&apos;instant</translation>
    </message>
    <message>
        <source>A character needs a name.</source>
        <translation>Un personnage doit avoir un nom.</translation>
    </message>
    <message>
        <source>The character could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer le personnage&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>The character could not be copied: %1</source>
        <translation>Impossible de copier le personnage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete %1 from the library?</source>
        <translation>Supprimer %1 de la bibliothèque&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 from the library? It is detached from %n script(s): %2. The scripts and their versions stay.</source>
        <translation>
            <numerusform>Supprimer %1 de la bibliothèque&#xa0;? Le personnage sera détaché de %n scénario&#xa0;: %2. Ce scénario et ses versions sont conservés.</numerusform>
            <numerusform>Supprimer %1 de la bibliothèque&#xa0;? Le personnage sera détaché de %n scénarios&#xa0;: %2. Ces scénarios et leurs versions sont conservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete character</source>
        <translation>Supprimer le personnage</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The character could not be deleted: %1</source>
        <translation>Impossible de supprimer le personnage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Personnage %1 supprimé.</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <source>Keep this proposed character in the script&apos;s cast</source>
        <translation>Garder ce personnage proposé dans la distribution du scénario</translation>
    </message>
    <message>
        <source>Dro&amp;p</source>
        <translation>Écar&amp;ter</translation>
    </message>
    <message>
        <source>Drop this proposed character: the outline is written without it</source>
        <translation>Écarter ce personnage proposé&#xa0;: le séquencier est écrit sans lui</translation>
    </message>
    <message>
        <source>Keep &amp;all</source>
        <translation>Garder to&amp;us</translation>
    </message>
    <message>
        <source>The character could not be kept: %1</source>
        <translation>Impossible de garder le personnage&#xa0;: %1</translation>
    </message>
    <message>
        <source>The character could not be dropped: %1</source>
        <translation>Impossible d&apos;écarter le personnage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dropped %1.</source>
        <translation>Personnage %1 écarté.</translation>
    </message>
    <message>
        <source>The model proposes the characters in italics for “%1”. Keep, edit or drop them: the outline is written for every one you do not drop.</source>
        <translation>Le modèle propose les personnages en italique pour «&#xa0;%1&#xa0;». Gardez-les, modifiez-les ou écartez-les&#xa0;: le séquencier est écrit pour tous ceux que vous n&apos;écartez pas.</translation>
    </message>
</context>
<context>
    <name>Spielberg::CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Comparer les versions</translation>
    </message>
    <message>
        <source>Review the new version</source>
        <translation>Relire la nouvelle version</translation>
    </message>
</context>
<context>
    <name>Spielberg::DevelopDialog</name>
    <message>
        <source>&amp;Stop after the cast and after the outline, so I can change them</source>
        <translation>&amp;Arrêter après la distribution et après le séquencier, pour que je puisse les modifier</translation>
    </message>
    <message>
        <source>Develop “%1”</source>
        <translation>Développer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The model proposes the cast, lays out the outline as scenes, then writes every scene. Each step is a job you can watch, cancel and resume; scenes you lock are never rewritten.</source>
        <translation>Le modèle propose la distribution, établit le séquencier en séquences, puis écrit chaque séquence. Chaque étape est une tâche que vous pouvez suivre, annuler et reprendre&#xa0;; les séquences que vous verrouillez ne sont jamais réécrites.</translation>
    </message>
    <message>
        <source>What the story is about</source>
        <translation>De quoi parle l&apos;histoire</translation>
    </message>
    <message>
        <source>What the story is about: who wants what, what stands in the way.</source>
        <translation>De quoi parle l&apos;histoire&#xa0;: qui veut quoi, et ce qui fait obstacle.</translation>
    </message>
    <message>
        <source>Optional: anything beyond the logline (“%1”).</source>
        <translation>Facultatif&#xa0;: tout ce qui va au-delà du pitch («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>Cast, outline and scenes</source>
        <translation>Distribution, séquencier et séquences</translation>
    </message>
    <message>
        <source>The cast only</source>
        <translation>La distribution seulement</translation>
    </message>
    <message>
        <source>The outline only</source>
        <translation>Le séquencier seulement</translation>
    </message>
    <message>
        <source>The scenes, from the newest version</source>
        <translation>Les séquences, à partir de la version la plus récente</translation>
    </message>
    <message>
        <source>Number of scenes</source>
        <translation>Nombre de séquences</translation>
    </message>
    <message>
        <source>1 writes each scene knowing the ones before it. More is faster: each scene is then written from the outline alone.</source>
        <translation>Avec 1, chaque séquence est écrite en connaissant les précédentes. Au-delà, c&apos;est plus rapide&#xa0;: chaque séquence est alors écrite à partir du seul séquencier.</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Étapes&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;cenes:</source>
        <translation>Sé&amp;quences&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Written at once:</source>
        <translation>Écrites &amp;simultanément&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;What the story is about:</source>
        <translation>De quoi parle l&apos;&amp;histoire&#xa0;:</translation>
    </message>
    <message>
        <source>Working out what the run will use…</source>
        <translation>Estimation de ce qu&apos;utilisera le développement…</translation>
    </message>
    <message>
        <source>No estimate: %1</source>
        <translation>Aucune estimation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Estimate: about %1 tokens in and %2 out. Nothing is sent until you start.</source>
        <translation>Estimation&#xa0;: environ %1 jetons envoyés et %2 reçus. Rien n&apos;est envoyé avant que vous ne lanciez.</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>Spielberg::DiffView</name>
    <message>
        <source>Older text</source>
        <translation>Ancien texte</translation>
    </message>
    <message>
        <source>Newer text</source>
        <translation>Nouveau texte</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>The two texts are the same.</source>
        <translation>Les deux textes sont identiques.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s):</source>
        <translation>
            <numerusform>%n modification&#xa0;:</numerusform>
            <numerusform>%n modifications&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n ligne supprimée</numerusform>
            <numerusform>%n lignes supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n ligne ajoutée</numerusform>
            <numerusform>%n lignes ajoutées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spielberg::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Remplacer par&#xa0;:</translation>
    </message>
    <message>
        <source>Find in the script</source>
        <translation>Rechercher dans le scénario</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Find the next match (Enter)</source>
        <translation>Rechercher l&apos;occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Rechercher l&apos;occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Fermer la recherche</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Continued from the %1</source>
        <translation>Reprise depuis %1</translation>
    </message>
    <message>
        <source>end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>start</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n occurrence remplacée</numerusform>
            <numerusform>%n occurrences remplacées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spielberg::FountainEditor</name>
    <message>
        <source>Screenplay editor</source>
        <translation>Éditeur de scénario</translation>
    </message>
    <message>
        <source>INT. SOMEWHERE - DAY

Start writing in Fountain: a scene heading, then action.

A NAME IN CAPITALS
starts a line of dialogue.</source>
        <translation>INT. QUELQUE PART - JOUR

Commencez à écrire en Fountain&#xa0;: un en-tête de séquence, puis l&apos;action.

UN NOM EN MAJUSCULES
introduit une réplique.</translation>
    </message>
</context>
<context>
    <name>Spielberg::GenerateDialog</name>
    <message>
        <source>Generate a new version</source>
        <translation>Générer une nouvelle version</translation>
    </message>
    <message>
        <source>Tell the model what to write. The result becomes a new version of this script; your draft is never replaced without asking you.</source>
        <translation>Dites au modèle quoi écrire. Le résultat devient une nouvelle version de ce scénario&#xa0;; votre brouillon n&apos;est jamais remplacé sans votre accord.</translation>
    </message>
    <message>
        <source>e.g. Write the first act: Margaret sees the flare and must choose between the lamp and the boat.</source>
        <translation>p. ex. Écrivez le premier acte&#xa0;: Margaret aperçoit la fusée de détresse et doit choisir entre la lampe et le bateau.</translation>
    </message>
    <message>
        <source>Regenerate scene</source>
        <translation>Régénérer la séquence</translation>
    </message>
    <message>
        <source>The model rewrites this scene only, knowing its setting, goal, tension and tone, the scenes around it and the characters in it. The rest of the script stays exactly as it is.</source>
        <translation>Le modèle réécrit uniquement cette séquence, en connaissant son décor, son objectif, sa tension et son ton, les séquences qui l&apos;entourent et les personnages qui y figurent. Le reste du scénario demeure strictement inchangé.</translation>
    </message>
    <message>
        <source>Optional: what to change, e.g. more tension, fewer words, let Edwin lie.</source>
        <translation>Facultatif&#xa0;: ce qu&apos;il faut changer, p. ex. plus de tension, moins de mots, qu&apos;Edwin mente.</translation>
    </message>
    <message>
        <source>Instruction for the model</source>
        <translation>Instruction pour le modèle</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Régénérer</translation>
    </message>
    <message>
        <source>Say what to write: the model needs an instruction.</source>
        <translation>Indiquez quoi écrire&#xa0;: le modèle a besoin d&apos;une instruction.</translation>
    </message>
    <message>
        <source>More than one: the takes are shown side by side and you choose one; the others stay with the job.</source>
        <translation>Plus d&apos;une&#xa0;: les prises s&apos;affichent côte à côte et vous en choisissez une&#xa0;; les autres restent dans la tâche.</translation>
    </message>
    <message>
        <source>&amp;Takes to choose from:</source>
        <translation>&amp;Prises au choix&#xa0;:</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>Spielberg::GeneratedVersionReview</name>
    <message>
        <source>Version %1 arrived from the model and is now in the editor. Select two versions and Compare to see what changed.</source>
        <translation>La version %1 est arrivée du modèle et se trouve maintenant dans l&apos;éditeur. Sélectionnez deux versions, puis Comparer pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>Your draft</source>
        <translation>Votre brouillon</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>The model finished version %1 of “%2”, but your draft has changes that are in no version. Use the new version (your draft is first kept as a version of its own), or keep working on your draft?</source>
        <translation>Le modèle a terminé la version %1 de «&#xa0;%2&#xa0;», mais votre brouillon contient des modifications absentes de toute version. Utiliser la nouvelle version (votre brouillon est d&apos;abord conservé comme version à part entière), ou continuer à travailler sur votre brouillon&#xa0;?</translation>
    </message>
    <message>
        <source>The model finished version %1 of “%2” from version %3, but your draft rests on version %4. Use the new version, or keep working on your draft?</source>
        <translation>Le modèle a terminé la version %1 de «&#xa0;%2&#xa0;» à partir de la version %3, mais votre brouillon repose sur la version %4. Utiliser la nouvelle version, ou continuer à travailler sur votre brouillon&#xa0;?</translation>
    </message>
    <message>
        <source>Use version %1</source>
        <translation>Utiliser la version %1</translation>
    </message>
    <message>
        <source>Keep my draft</source>
        <translation>Garder mon brouillon</translation>
    </message>
    <message>
        <source>The model finished version %1 of “%2”. Your draft stays as it is until you choose.</source>
        <translation>Le modèle a terminé la version %1 de «&#xa0;%2&#xa0;». Votre brouillon reste tel quel jusqu’à ce que vous choisissiez.</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Examiner…</translation>
    </message>
</context>
<context>
    <name>Spielberg::GenerationLauncher</name>
    <message>
        <source>The provider&apos;s address is not usable: %1 Fix it in Settings.</source>
        <translation>L&apos;adresse du fournisseur est inutilisable&#xa0;: %1 Corrigez-la dans les Paramètres.</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>le fournisseur</translation>
    </message>
    <message>
        <source>No API key for %1 yet. Add one in Settings (Ctrl+,), or choose OpenAI-compatible there with a local model such as http://localhost:11434/v1.</source>
        <translation>Pas encore de clé d&apos;API pour %1. Ajoutez-en une dans les Paramètres (Ctrl+,), ou choisissez-y «&#xa0;Compatible OpenAI&#xa0;» avec un modèle local tel que http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>Kept before generating</source>
        <translation>Conservé avant la génération</translation>
    </message>
</context>
<context>
    <name>Spielberg::JobListModel</name>
    <message>
        <source>(new draft)</source>
        <translation>(nouveau brouillon)</translation>
    </message>
    <message>
        <source>(deleted script)</source>
        <translation>(scénario supprimé)</translation>
    </message>
    <message>
        <source>%1 — scene %2</source>
        <translation>%1 — séquence %2</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplète</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>input tokens → output tokens</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>what a job generates: a script, a scene or a quick draft</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Script / scene</source>
        <translation>Scénario / séquence</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Mise en file</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Tokens (in → out)</source>
        <translation>Jetons (entrée → sortie)</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>En attente de votre décision</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>Séquence %1</translation>
    </message>
</context>
<context>
    <name>Spielberg::JobsPage</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Show jobs with status</source>
        <translation>Afficher les tâches ayant le statut</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>A&amp;nnuler la tâche</translation>
    </message>
    <message>
        <source>Stop this job; the text written so far is kept</source>
        <translation>Arrêter cette tâche&#xa0;; le texte déjà écrit est conservé</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Queue this job again from the start (the provider may bill it again)</source>
        <translation>Remettre cette tâche en file depuis le début (le fournisseur peut la facturer à nouveau)</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>The model stopped at its length limit: ask it to go on</source>
        <translation>Le modèle s&apos;est arrêté à sa limite de longueur&#xa0;: demandez-lui de poursuivre</translation>
    </message>
    <message>
        <source>&amp;Open result</source>
        <translation>&amp;Ouvrir le résultat</translation>
    </message>
    <message>
        <source>Show the version this job made (Enter)</source>
        <translation>Afficher la version produite par cette tâche (Entrée)</translation>
    </message>
    <message>
        <source>Generation jobs</source>
        <translation>Tâches de génération</translation>
    </message>
    <message>
        <source>Text of the selected job</source>
        <translation>Texte de la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Select a job to see what the model wrote. The text of a running job appears here as it is written.</source>
        <translation>Sélectionnez une tâche pour voir ce que le modèle a écrit. Le texte d&apos;une tâche en cours s&apos;affiche ici au fil de l&apos;écriture.</translation>
    </message>
    <message>
        <source>The jobs could not be read: %1</source>
        <translation>Impossible de lire les tâches&#xa0;: %1</translation>
    </message>
    <message>
        <source>No job selected.</source>
        <translation>Aucune tâche sélectionnée.</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modèle %1</translation>
    </message>
    <message>
        <source>%1 tokens in, %2 out</source>
        <translation>%1 jetons en entrée, %2 en sortie</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped at the length limit: Continue asks for the rest</source>
        <translation>arrêtée à la limite de longueur&#xa0;: Continuer demande la suite</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Consigne&#xa0;: %1</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(identifiant de requête %1)</translation>
    </message>
    <message>
        <source>&amp;Open draft</source>
        <translation>&amp;Ouvrir le brouillon</translation>
    </message>
    <message>
        <source>The job is being tried again (attempt %1).</source>
        <translation>La tâche est relancée (tentative %1).</translation>
    </message>
    <message>
        <source>The job could not be cancelled: %1</source>
        <translation>Impossible d&apos;annuler la tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>The job could not be retried: %1</source>
        <translation>Impossible de relancer la tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>The job is queued again.</source>
        <translation>La tâche est de nouveau en file d&apos;attente.</translation>
    </message>
    <message>
        <source>The job could not be continued: %1</source>
        <translation>Impossible de poursuivre la tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>This job made no version (it stopped before the end). Continue it, or open its text above.</source>
        <translation>Cette tâche n&apos;a produit aucune version (elle s&apos;est arrêtée avant la fin). Poursuivez-la, ou ouvrez son texte ci-dessus.</translation>
    </message>
    <message>
        <source>A story run writes through its steps: open the run&apos;s row and select the cast, the outline or a scene to read what the model wrote.</source>
        <translation>Un développement écrit par ses étapes&#xa0;: ouvrez sa ligne et sélectionnez la distribution, le séquencier ou une séquence pour lire ce que le modèle a écrit.</translation>
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
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Personnages</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Séquences</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scene(s)</source>
        <translation>
            <numerusform>%n séquence</numerusform>
            <numerusform>%n séquences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message>
        <source>A job failed: %1</source>
        <translation>Une tâche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>A job finished.</source>
        <translation>Une tâche est terminée.</translation>
    </message>
    <message>
        <source>Jobs (%1)</source>
        <translation>Tâches (%1)</translation>
    </message>
    <message>
        <source>&amp;Scripts</source>
        <translation>&amp;Scénarios</translation>
    </message>
    <message>
        <source>&amp;Characters</source>
        <translation>&amp;Personnages</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <source>Sce&amp;nes</source>
        <translation>Sé&amp;quences</translation>
    </message>
    <message>
        <source>Cannot generate yet</source>
        <translation>Génération impossible pour l&apos;instant</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Ouvrir les paramètres…</translation>
    </message>
    <message>
        <source>Import a screenplay</source>
        <translation>Importer un scénario</translation>
    </message>
    <message>
        <source>Screenplays (*.fountain *.spmd *.txt *.fdx);;All files (*)</source>
        <translation>Scénarios (*.fountain *.spmd *.txt *.fdx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>Open a script to export it.</source>
        <translation>Ouvrez un scénario pour l&apos;exporter.</translation>
    </message>
    <message>
        <source>Export the draft</source>
        <translation>Exporter le brouillon</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Final Draft (*.fdx);;Fountain (*.fountain)</source>
        <translation>PDF (*.pdf);;Final Draft (*.fdx);;Fountain (*.fountain)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportation de %1…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Jobs are still in the queue</source>
        <translation>Des tâches sont encore en file d&apos;attente</translation>
    </message>
    <message numerus="yes">
        <source>%n generation job(s) have not finished. Cancel them, or leave them: waiting jobs start when you next open Spielberg, and running ones stop now, keeping their text, ready to retry.</source>
        <translation>
            <numerusform>%n tâche de génération n&apos;est pas terminée. Annulez-la, ou laissez-la&#xa0;: si elle attend, elle démarrera à la prochaine ouverture de Spielberg&#xa0;; si elle est en cours, elle s&apos;arrête maintenant en conservant son texte, prête à être relancée.</numerusform>
            <numerusform>%n tâches de génération ne sont pas terminées. Annulez-les, ou laissez-les&#xa0;: celles en attente démarreront à la prochaine ouverture de Spielberg, et celles en cours s&apos;arrêtent maintenant en conservant leur texte, prêtes à être relancées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave them</source>
        <translation>Les laisser</translation>
    </message>
    <message>
        <source>Cancel jobs</source>
        <translation>Annuler les tâches</translation>
    </message>
    <message>
        <source>Don&apos;t quit</source>
        <translation>Ne pas quitter</translation>
    </message>
    <message>
        <source>About Spielberg</source>
        <translation>À propos de Spielberg</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Spielberg %1&lt;/h3&gt;&lt;p&gt;An offline-first screenwriting studio: a library of scripts with full version history, a character bible, a Fountain editor, and generation jobs that stream live.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spielberg %1&lt;/h3&gt;&lt;p&gt;Un studio d&apos;écriture de scénarios conçu pour fonctionner hors ligne&#xa0;: une bibliothèque de scénarios avec l&apos;historique complet des versions, une bible des personnages, un éditeur Fountain et des tâches de génération qui s&apos;affichent en direct.&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Fountain Syntax</source>
        <translation>Syntaxe &amp;Fountain</translation>
    </message>
    <message>
        <source>How to write scene headings, dialogue, transitions and the rest</source>
        <translation>Comment écrire en-têtes de séquence, dialogues, transitions et le reste</translation>
    </message>
    <message>
        <source>&lt;p&gt;KDE Frameworks Syntax Highlighting %1, SQLite %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;KDE Frameworks Syntax Highlighting %1, SQLite %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fountain syntax</source>
        <translation>Syntaxe Fountain</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <source>Develop</source>
        <translation>Développer</translation>
    </message>
    <message>
        <source>The script could not be read: %1</source>
        <translation>Impossible de lire le scénario&#xa0;: %1</translation>
    </message>
    <message>
        <source>Develop “%1”</source>
        <translation>Développer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A run on this script was interrupted. Resume it? What its steps finished is kept.</source>
        <translation>Un développement de ce scénario a été interrompu. Le reprendre&#xa0;? Ce que ses étapes ont déjà terminé est conservé.</translation>
    </message>
    <message>
        <source>Kept before developing</source>
        <translation>Conservé avant le développement</translation>
    </message>
    <message>
        <source>The run could not start: %1</source>
        <translation>Impossible de lancer le développement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Element of the current line</source>
        <translation>Élément de la ligne courante</translation>
    </message>
    <message>
        <source>What the line you are typing is. Enter and Tab move between elements; Ctrl+1 … Ctrl+9 and Ctrl+0 pick one.</source>
        <translation>Ce qu’est la ligne que vous tapez. Entrée et Tab passent d’un élément à l’autre&#xa0;; Ctrl+1 … Ctrl+9 et Ctrl+0 en choisissent un.</translation>
    </message>
    <message>
        <source>Your scripts and the editor (Alt+1)</source>
        <translation>Vos scénarios et l&apos;éditeur (Alt+1)</translation>
    </message>
    <message>
        <source>The character library (Alt+2)</source>
        <translation>La bibliothèque des personnages (Alt+2)</translation>
    </message>
    <message>
        <source>Generation jobs (Alt+3)</source>
        <translation>Tâches de génération (Alt+3)</translation>
    </message>
    <message>
        <source>Scenes of a version (Alt+4)</source>
        <translation>Séquences d&apos;une version (Alt+4)</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running (Alt+3)</source>
        <translation>
            <numerusform>%n tâche en cours (Alt+3)</numerusform>
            <numerusform>%n tâches en cours (Alt+3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Job queued: follow it in the Jobs tab (Alt+3).</source>
        <translation>Tâche mise en file&#xa0;: suivez-la dans l&apos;onglet Tâches (Alt+3).</translation>
    </message>
    <message>
        <source>Open a script to see its reports.</source>
        <translation>Ouvrez un scénario pour voir ses rapports.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>No scripts opened yet</source>
        <translation>Aucun scénario ouvert pour l’instant</translation>
    </message>
</context>
<context>
    <name>Spielberg::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>Spielberg::PageView</name>
    <message>
        <source>The draft as it will print</source>
        <translation>Le brouillon tel qu’il sera imprimé</translation>
    </message>
    <message>
        <source>Nothing to print yet</source>
        <translation>Rien à imprimer pour l’instant</translation>
    </message>
</context>
<context>
    <name>Spielberg::QuickGenerateDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Save as new script…</source>
        <translation>&amp;Enregistrer comme nouveau scénario…</translation>
    </message>
    <message>
        <source>Quick generate</source>
        <translation>Génération rapide</translation>
    </message>
    <message>
        <source>What should the model write? e.g. A two-page cold open: a lighthouse keeper sees a flare on a night she swore to stay inside.</source>
        <translation>Que doit écrire le modèle&#xa0;? p. ex. Un pré-générique de deux pages&#xa0;: une gardienne de phare aperçoit une fusée de détresse un soir où elle avait juré de ne pas sortir.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Characters for the draft</source>
        <translation>Personnages du brouillon</translation>
    </message>
    <message>
        <source>The model&apos;s text appears here as it is written.</source>
        <translation>Le texte du modèle s&apos;affiche ici au fil de l&apos;écriture.</translation>
    </message>
    <message>
        <source>Generated text</source>
        <translation>Texte généré</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Consigne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format, genre, tone:</source>
        <translation>&amp;Format, genre, ton&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Characters:</source>
        <translation>&amp;Personnages&#xa0;:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save as new script</source>
        <translation>Enregistrer comme nouveau scénario</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Write a prompt first: the model needs to know what to write.</source>
        <translation>Écrivez d&apos;abord une consigne&#xa0;: le modèle doit savoir quoi écrire.</translation>
    </message>
    <message>
        <source>&amp;Generate again</source>
        <translation>&amp;Générer à nouveau</translation>
    </message>
    <message>
        <source>Nothing generated yet.</source>
        <translation>Rien n&apos;a encore été généré.</translation>
    </message>
    <message>
        <source>Waiting for a free slot…</source>
        <translation>En attente d&apos;un créneau libre…</translation>
    </message>
    <message>
        <source>The model is writing…</source>
        <translation>Le modèle écrit…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>There is no finished text to save yet.</source>
        <translation>Il n&apos;y a pas encore de texte terminé à enregistrer.</translation>
    </message>
    <message>
        <source>Quick draft</source>
        <translation>Brouillon rapide</translation>
    </message>
    <message>
        <source>The script could not be created: %1</source>
        <translation>Impossible de créer le scénario&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>Enregistré sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>Spielberg::ReportChart</name>
    <message>
        <source>%1: %2</source>
        <extracomment>One bar of a chart, read by screen readers: a name and its count</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Spielberg::ReportsDialog</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Reports: %1</source>
        <translation>Rapports&#xa0;: %1</translation>
    </message>
    <message>
        <source>Words of dialogue per character</source>
        <translation>Mots de dialogue par personnage</translation>
    </message>
    <message>
        <source>Scenes per location</source>
        <translation>Séquences par décor</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Personnage</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Séquences</translation>
    </message>
    <message>
        <source>Dialogue blocks</source>
        <translation>Répliques</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>First scene</source>
        <translation>Première séquence</translation>
    </message>
    <message>
        <source>Last scene</source>
        <translation>Dernière séquence</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Première page</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Dernière page</translation>
    </message>
    <message>
        <source>Words of dialogue per character, top %1</source>
        <translation>Mots de dialogue par personnage, %1 premiers</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Décor</translation>
    </message>
    <message>
        <source>INT/EXT</source>
        <extracomment>A location&apos;s interior or exterior column: INT, EXT or INT/EXT</extracomment>
        <translation>INT/EXT</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Moments de la journée</translation>
    </message>
    <message>
        <source>Pages</source>
        <extracomment>A length in pages, counted in eighths (&quot;1 3/8&quot;)</extracomment>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Scenes per location, top %1</source>
        <translation>Séquences par décor, %1 premiers</translation>
    </message>
    <message>
        <source>Scene</source>
        <extracomment>The scene number column</extracomment>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Length</source>
        <extracomment>A scene&apos;s length in eighths of a page (&quot;1 3/8&quot;)</extracomment>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Personnages</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save this tab&apos;s report as a spreadsheet file (CSV)</source>
        <translation>Enregistrer le rapport de cet onglet comme fichier de tableur (CSV)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save this tab&apos;s table, as sorted, as a PDF</source>
        <translation>Enregistrer le tableau de cet onglet, dans l&apos;ordre de tri actuel, en PDF</translation>
    </message>
    <message>
        <source>Working out the reports…</source>
        <translation>Calcul des rapports…</translation>
    </message>
    <message>
        <source>This draft has no scenes yet.</source>
        <translation>Ce brouillon n&apos;a encore aucune séquence.</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Décors</translation>
    </message>
    <message>
        <source>A PDF is still being saved; try again when it is done.</source>
        <translation>Un PDF est encore en cours d&apos;enregistrement&#xa0;; réessayez quand ce sera terminé.</translation>
    </message>
    <message>
        <source>The reports are not ready yet.</source>
        <translation>Les rapports ne sont pas encore prêts.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>The title line of a report saved as PDF: the script&apos;s title, then the report&apos;s name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Page numbers of a report saved as PDF</extracomment>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Enregistrer le rapport en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Impossible d&apos;enregistrer %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Fichier %1 enregistré.</translation>
    </message>
</context>
<context>
    <name>Spielberg::SceneBoard</name>
    <message>
        <source>No scenes yet. Write a scene heading (INT. KITCHEN - DAY) in the editor, or develop the script from a logline.</source>
        <translation>Aucune séquence pour l&apos;instant. Écrivez un en-tête de séquence (INT. CUISINE - JOUR) dans l&apos;éditeur, ou développez le scénario à partir d&apos;un pitch.</translation>
    </message>
    <message>
        <source>%1 pg</source>
        <translation>%1 p.</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objectif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tension: %1</source>
        <translation>Tension&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tone: %1</source>
        <translation>Ton&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Spielberg::SceneCardModel</name>
    <message>
        <source>Scene %1: %2</source>
        <translation>Séquence %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Waiting to be written…</source>
        <translation>En attente d&apos;écriture…</translation>
    </message>
    <message>
        <source>Being written…</source>
        <translation>En cours d&apos;écriture…</translation>
    </message>
    <message>
        <source>Written: %1 words</source>
        <translation>Écrite&#xa0;: %1 mots</translation>
    </message>
    <message>
        <source>Being written: %1 words</source>
        <translation>En cours d&apos;écriture&#xa0;: %1 mots</translation>
    </message>
</context>
<context>
    <name>Spielberg::SceneTableModel</name>
    <message>
        <source>Double-click to edit</source>
        <translation>Double-cliquez pour modifier</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Décor</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tension</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Personnages</translation>
    </message>
</context>
<context>
    <name>Spielberg::ScenesPage</name>
    <message>
        <source>&amp;Regenerate scene…</source>
        <translation>&amp;Régénérer la séquence…</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Have the model rewrite the selected scene; the rest stays as it is (Ctrl+R)</source>
        <translation>Faire réécrire la séquence sélectionnée par le modèle&#xa0;; le reste est inchangé (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>&amp;Scénario&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Séquences</translation>
    </message>
    <message>
        <source>Text of the selected scene</source>
        <translation>Texte de la séquence sélectionnée</translation>
    </message>
    <message>
        <source>Select a scene to read it here.</source>
        <translation>Sélectionnez une séquence pour la lire ici.</translation>
    </message>
    <message>
        <source>The scene could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la séquence&#xa0;: %1</translation>
    </message>
    <message>
        <source>The scripts could not be read: %1</source>
        <translation>Impossible de lire les scénarios&#xa0;: %1</translation>
    </message>
    <message>
        <source>v%1 — %2</source>
        <translation>v%1 — %2</translation>
    </message>
    <message>
        <source>The scenes could not be read: %1</source>
        <translation>Impossible de lire les séquences&#xa0;: %1</translation>
    </message>
    <message>
        <source>goal: %1</source>
        <translation>objectif&#xa0;: %1</translation>
    </message>
    <message>
        <source>tension: %1</source>
        <translation>tension&#xa0;: %1</translation>
    </message>
    <message>
        <source>tone: %1</source>
        <translation>ton&#xa0;: %1</translation>
    </message>
    <message>
        <source>The model is told the scene&apos;s %1.</source>
        <translation>Transmis au modèle pour cette séquence — %1.</translation>
    </message>
    <message>
        <source>Scene regenerated — version %1 against version %2</source>
        <translation>Séquence régénérée — version %1 comparée à la version %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>The scene was rewritten as version %1.</source>
        <translation>La séquence a été réécrite dans la version %1.</translation>
    </message>
    <message>
        <source>Regenerate scene %1 of “%2”</source>
        <translation>Régénérer la scène %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Scene %1: %2</source>
        <translation>Scène %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Develop…</source>
        <translation>&amp;Développer…</translation>
    </message>
    <message>
        <source>The draft: moves and edits go into the text (Ctrl+Z undoes them)</source>
        <translation>Le brouillon&#xa0;: les déplacements et modifications sont reportés dans le texte (Ctrl+Z les annule)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>The story board: the draft&apos;s scenes as index cards</source>
        <translation>Le tableau de liège&#xa0;: les séquences du brouillon sous forme de fiches</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>The scenes of any version as a table</source>
        <translation>Les séquences de n&apos;importe quelle version sous forme de tableau</translation>
    </message>
    <message>
        <source>Have the model develop the script: cast, outline, then every scene</source>
        <translation>Faire développer le scénario par le modèle&#xa0;: distribution, séquencier, puis chaque séquence</translation>
    </message>
    <message>
        <source>Story board</source>
        <translation>Tableau de liège</translation>
    </message>
    <message>
        <source>Continuity findings</source>
        <translation>Remarques de continuité</translation>
    </message>
    <message>
        <source>The card could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la fiche&#xa0;: %1</translation>
    </message>
    <message>
        <source>The draft cannot be changed right now.</source>
        <translation>Le brouillon ne peut pas être modifié pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The cards were catching up with your typing; drag the card again.</source>
        <translation>Les fiches n&apos;étaient pas encore à jour de votre saisie&#xa0;; faites de nouveau glisser la fiche.</translation>
    </message>
    <message>
        <source>Scene %1 is being written by a job. Your move stays in the draft; what the job writes comes as a new version for you to review.</source>
        <translation>La séquence %1 est en cours d&apos;écriture par une tâche. Votre déplacement reste dans le brouillon&#xa0;; ce qu&apos;écrit la tâche arrivera comme une nouvelle version, à relire.</translation>
    </message>
    <message>
        <source>Continuity: nothing to report</source>
        <translation>Continuité&#xa0;: rien à signaler</translation>
    </message>
    <message>
        <source>Click to show it in the editor</source>
        <translation>Cliquez pour l&apos;afficher dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Scene %1 is being written by a job. Your changes stay in the draft; what the job writes comes as a new version for you to review.</source>
        <translation>La séquence %1 est en cours d&apos;écriture par une tâche. Vos modifications restent dans le brouillon&#xa0;; ce qu&apos;écrit la tâche arrivera comme une nouvelle version, à relire.</translation>
    </message>
    <message>
        <source>Kept to hold the notes of scene %1</source>
        <translation>Conservé pour garder les notes de la séquence %1</translation>
    </message>
    <message>
        <source>&amp;Edit card…</source>
        <translation>&amp;Modifier la fiche…</translation>
    </message>
    <message>
        <source>&amp;Show in the editor</source>
        <translation>&amp;Afficher dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Lock: never rewritten by the model</source>
        <translation>&amp;Verrouiller&#xa0;: jamais réécrite par le modèle</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Couleur</translation>
    </message>
    <message>
        <source>Choose a &amp;take…</source>
        <translation>Choisir une &amp;prise…</translation>
    </message>
    <message>
        <source>Scene %1 is locked: unlock it to have it rewritten.</source>
        <translation>La séquence %1 est verrouillée&#xa0;: déverrouillez-la pour la faire réécrire.</translation>
    </message>
    <message>
        <source>Kept before regenerating scene %1</source>
        <translation>Conservé avant la régénération de la séquence %1</translation>
    </message>
    <message>
        <source>The scene could not be read.</source>
        <translation>Impossible de lire la séquence.</translation>
    </message>
    <message>
        <source>Tip: a goal, tension and tone for the scene (edit them on its card) steer the rewrite.</source>
        <translation>Astuce&#xa0;: un objectif, une tension et un ton pour la séquence (à modifier sur sa fiche) orientent la réécriture.</translation>
    </message>
    <message>
        <source>The cast is proposed. Keep, edit or drop characters in the Characters tab, then have the outline written for the cast you kept.</source>
        <translation>La distribution est proposée. Gardez, modifiez ou écartez des personnages dans l&apos;onglet Personnages, puis faites écrire le séquencier pour la distribution retenue.</translation>
    </message>
    <message>
        <source>Write the &amp;outline</source>
        <translation>Écrire le séq&amp;uencier</translation>
    </message>
    <message>
        <source>The outline is on the cards. Move, edit, add, delete or lock scenes, then have every scene written.</source>
        <translation>Le séquencier est sur les fiches. Déplacez, modifiez, ajoutez, supprimez ou verrouillez des séquences, puis faites écrire chaque séquence.</translation>
    </message>
    <message>
        <source>Write the &amp;scenes</source>
        <translation>Écrire les sé&amp;quences</translation>
    </message>
    <message>
        <source>The outline as edited on the cards</source>
        <translation>Le séquencier tel que modifié sur les fiches</translation>
    </message>
    <message>
        <source>The run could not go on: %1</source>
        <translation>Impossible de poursuivre le développement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The outline is being written.</source>
        <translation>Le séquencier est en cours d&apos;écriture.</translation>
    </message>
    <message>
        <source>The scenes are being written.</source>
        <translation>Les séquences sont en cours d&apos;écriture.</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <source>Continuity (%1)</source>
        <translation>Continuité (%1)</translation>
    </message>
    <message>
        <source>Scene %1 is locked: unlock it before deleting it.</source>
        <translation>La séquence %1 est verrouillée&#xa0;: déverrouillez-la avant de la supprimer.</translation>
    </message>
    <message>
        <source>Scene %1 (%2) was deleted from the draft. Ctrl+Z brings it back.</source>
        <translation>La séquence %1 (%2) a été supprimée du brouillon. Ctrl+Z la rétablit.</translation>
    </message>
    <message>
        <source>The cards were catching up with your typing; the heading and synopsis were not written. Edit the card again.</source>
        <translation>Les fiches rattrapaient votre saisie&#xa0;; l&apos;en-tête et le synopsis n&apos;ont pas été écrits. Modifiez de nouveau la fiche.</translation>
    </message>
    <message>
        <source>&amp;New scene after this one</source>
        <translation>&amp;Nouvelle séquence après celle-ci</translation>
    </message>
    <message>
        <source>&amp;Delete scene</source>
        <translation>&amp;Supprimer la séquence</translation>
    </message>
    <message>
        <source>The model is at work on this script; the cards appear as soon as it has laid out the scenes.</source>
        <translation>Le modèle travaille sur ce scénario&#xa0;; les fiches apparaissent dès qu&apos;il a posé les séquences.</translation>
    </message>
    <message>
        <source>The take you chose is version %1; the other takes stay with the job.</source>
        <translation>La prise choisie est la version %1&#xa0;; les autres prises restent avec la tâche.</translation>
    </message>
    <message>
        <source>The %1 takes of the scene are ready to compare.</source>
        <translation>Les %1 prises de la séquence sont prêtes à comparer.</translation>
    </message>
    <message>
        <source>The scene you were editing changed in the text; its card was closed without saving. Open it again to edit it.</source>
        <translation>La séquence que vous modifiiez a changé dans le texte&#xa0;; sa fiche a été fermée sans enregistrer. Ouvrez-la de nouveau pour la modifier.</translation>
    </message>
    <message>
        <source>The scene you were editing changed in the text; the card was not saved.</source>
        <translation>La séquence que vous modifiiez a changé dans le texte&#xa0;; la fiche n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The outline (version %1) is not in your draft yet: your typing kept it out. Review it in the Scripts tab and take it, then write the scenes.</source>
        <translation>Le séquencier (version %1) n&apos;est pas encore dans votre brouillon&#xa0;: votre saisie l&apos;en a tenu à l&apos;écart. Examinez-le dans l&apos;onglet Scénarios et adoptez-le, puis faites écrire les séquences.</translation>
    </message>
</context>
<context>
    <name>Spielberg::ScriptDialog</name>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>The title on the cover page</source>
        <translation>Le titre de la page de garde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>One or two sentences: who wants what, and what stands in the way</source>
        <translation>Une ou deux phrases&#xa0;: qui veut quoi, et ce qui fait obstacle</translation>
    </message>
    <message>
        <source>Logline</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Allow changing genre and tone of a script that has versions</source>
        <translation>Autoriser la modification du genre et du ton d&apos;un scénario qui a des versions</translation>
    </message>
    <message>
        <source>Characters in this script</source>
        <translation>Personnages de ce scénario</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Logline:</source>
        <translation>&amp;Pitch&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Genre and tone:</source>
        <translation>&amp;Genre et ton&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Characters:</source>
        <translation>Perso&amp;nnages&#xa0;:</translation>
    </message>
    <message>
        <source>Script details</source>
        <translation>Détails du scénario</translation>
    </message>
    <message>
        <source>The library has no characters yet (Characters tab, Ctrl+2).</source>
        <translation>La bibliothèque ne contient encore aucun personnage (onglet Personnages, Ctrl+2).</translation>
    </message>
    <message>
        <source>🔒 Locked: every version and every generation of this script uses this genre and tone.</source>
        <translation>🔒 Verrouillé&#xa0;: chaque version et chaque génération de ce scénario utilisent ce genre et ce ton.</translation>
    </message>
    <message>
        <source>Unlock genre and tone</source>
        <translation>Déverrouiller le genre et le ton</translation>
    </message>
    <message>
        <source>This script already has versions written in this genre and tone. Changing them makes new generations follow the new ones, and may not match what exists. Unlock anyway?</source>
        <translation>Ce scénario a déjà des versions écrites dans ce genre et ce ton. Si vous les modifiez, les prochaines générations suivront les nouveaux réglages et risquent de ne plus correspondre à l&apos;existant. Déverrouiller quand même&#xa0;?</translation>
    </message>
    <message>
        <source>A script needs a title.</source>
        <translation>Un scénario doit avoir un titre.</translation>
    </message>
</context>
<context>
    <name>Spielberg::ScriptListModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>Spielberg::ScriptView</name>
    <message>
        <source>Your draft could not be saved: %1. It stays in the editor; try Ctrl+S.</source>
        <translation>Impossible d&apos;enregistrer votre brouillon&#xa0;: %1. Il reste dans l&apos;éditeur&#xa0;; essayez Ctrl+S.</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Brouillon enregistré</translation>
    </message>
    <message>
        <source>&amp;Details &amp;&amp; characters…</source>
        <translation>&amp;Détails &amp;&amp; personnages…</translation>
    </message>
    <message>
        <source>Title, logline, genre, tone, format and characters</source>
        <translation>Titre, pitch, genre, ton, format et personnages</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Save the draft now (Ctrl+S); it is also saved as you type</source>
        <translation>Enregistrer le brouillon maintenant (Ctrl+S)&#xa0;; il est aussi enregistré pendant la saisie</translation>
    </message>
    <message>
        <source>Save as version</source>
        <translation>Enregistrer comme version</translation>
    </message>
    <message>
        <source>Keep the draft as a new numbered version (Ctrl+Shift+S)</source>
        <translation>Conserver le brouillon comme nouvelle version numérotée (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation>Générer…</translation>
    </message>
    <message>
        <source>Ask the model for a new version (Ctrl+G)</source>
        <translation>Demander une nouvelle version au modèle (Ctrl+G)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find and replace in the script (Ctrl+F, Ctrl+H)</source>
        <translation>Rechercher et remplacer dans le scénario (Ctrl+F, Ctrl+H)</translation>
    </message>
    <message>
        <source>Scenes of the draft</source>
        <translation>Séquences du brouillon</translation>
    </message>
    <message>
        <source>Click a scene to go to it</source>
        <translation>Cliquez sur une séquence pour y accéder</translation>
    </message>
    <message>
        <source>Pasting a long text…</source>
        <translation>Collage d&apos;un long texte…</translation>
    </message>
    <message>
        <source>Paste progress</source>
        <translation>Progression du collage</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop here; what was pasted so far stays (Ctrl+Z removes it)</source>
        <translation>S&apos;arrêter ici&#xa0;; ce qui a déjà été collé reste (Ctrl+Z le retire)</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Séquences</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>The scenes of the draft; click one to go to it</source>
        <translation>Les séquences du brouillon&#xa0;; cliquez sur l&apos;une d&apos;elles pour y accéder</translation>
    </message>
    <message>
        <source>Every saved and generated version of this script</source>
        <translation>Toutes les versions enregistrées et générées de ce scénario</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No script open&lt;/h3&gt;&lt;p&gt;Choose a script in the list, or make a new one with &lt;b&gt;New&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun scénario ouvert&lt;/h3&gt;&lt;p&gt;Choisissez un scénario dans la liste, ou créez-en un avec &lt;b&gt;Nouveau&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The script could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir le scénario&#xa0;: %1</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>Impossible de lire les versions&#xa0;: %1</translation>
    </message>
    <message>
        <source>The draft could not be read: %1</source>
        <translation>Impossible de lire le brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <source>no genre</source>
        <translation>aucun genre</translation>
    </message>
    <message>
        <source>no tone</source>
        <translation>aucun ton</translation>
    </message>
    <message>
        <source>(genre and tone locked)</source>
        <extracomment>genre and tone can no longer change without unlocking them</extracomment>
        <translation>(genre et ton verrouillés)</translation>
    </message>
    <message>
        <source>Genre and tone are locked: every version and generation uses them. Unlock them in Details.</source>
        <translation>Le genre et le ton sont verrouillés&#xa0;: chaque version et chaque génération les utilisent. Déverrouillez-les dans Détails.</translation>
    </message>
    <message>
        <source>Characters: none attached — add them in Details</source>
        <translation>Personnages&#xa0;: aucun associé — ajoutez-les dans Détails</translation>
    </message>
    <message>
        <source>Characters: %1</source>
        <translation>Personnages&#xa0;: %1</translation>
    </message>
    <message>
        <source>The version could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la version&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Enregistré comme version %1.</translation>
    </message>
    <message>
        <source>A note for this version (optional):</source>
        <translation>Une note pour cette version (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>The details could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer les détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kept before restoring version %1</source>
        <translation>Conservé avant la restauration de la version %1</translation>
    </message>
    <message>
        <source>The version could not be restored: %1</source>
        <translation>Impossible de restaurer la version&#xa0;: %1</translation>
    </message>
    <message>
        <source>Version %1 is the draft again, kept as version %2.</source>
        <translation>La version %1 est de nouveau le brouillon, conservée comme version %2.</translation>
    </message>
    <message>
        <source>The model also gets: %1, the characters in Details, and the newest version as the starting point.</source>
        <translation>Le modèle reçoit aussi&#xa0;: %1, les personnages de Détails et la version la plus récente comme point de départ.</translation>
    </message>
    <message>
        <source>Develop…</source>
        <translation>Développer…</translation>
    </message>
    <message>
        <source>Have the model develop the script: cast, outline, then every scene</source>
        <translation>Faire développer le scénario par le modèle&#xa0;: distribution, séquencier, puis chaque séquence</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Show the pages as they will print beside the text (Ctrl+Shift+P)</source>
        <translation>Afficher les pages telles qu’elles seront imprimées à côté du texte (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Version %1, locked as the white draft, is gone: revision marks are off.</source>
        <translation>La version %1, verrouillée comme version blanche, n’existe plus&#xa0;: les marques de révision sont désactivées.</translation>
    </message>
    <message>
        <source>The version could not be locked: %1</source>
        <translation>La version n’a pas pu être verrouillée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Version %1 is the locked white draft: every change since is marked with * in the margin, and exported pages print as revisions.</source>
        <translation>La version %1 est la version blanche verrouillée&#xa0;: chaque changement depuis est marqué d’un * dans la marge, et les pages exportées s’impriment comme révisions.</translation>
    </message>
    <message>
        <source>Version %1 was added since you left this script; it is in the editor now.</source>
        <translation>La version %1 a été ajoutée depuis que vous avez quitté ce scénario&#xa0;; elle est maintenant dans l’éditeur.</translation>
    </message>
    <message>
        <source>Version %1 is newer than your draft, which holds typing of yours.</source>
        <translation>La version %1 est plus récente que votre brouillon, qui contient vos propres modifications.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
</context>
<context>
    <name>Spielberg::ScriptsPage</name>
    <message>
        <source>Search titles, loglines, scripts and characters…</source>
        <translation>Rechercher dans les titres, pitchs, scénarios et personnages…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Show genre</source>
        <translation>Afficher le genre</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>Tous les genres</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start a new script (Ctrl+N)</source>
        <translation>Commencer un nouveau scénario (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Title, logline, genre, tone, format and characters</source>
        <translation>Titre, pitch, genre, ton, format et personnages</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected script with all its versions</source>
        <translation>Supprimer le scénario sélectionné avec toutes ses versions</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>Impossible de lire la bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The script could not be created: %1</source>
        <translation>Impossible de créer le scénario&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete “%1” with all its versions, scenes and its draft? This cannot be undone.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» avec toutes ses versions, ses séquences et son brouillon&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>%n generation job(s) for it will be cancelled.</source>
        <translation>
            <numerusform>%n tâche de génération associée sera annulée.</numerusform>
            <numerusform>%n tâches de génération associées seront annulées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete script</source>
        <translation>Supprimer le scénario</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The script could not be deleted: %1</source>
        <translation>Impossible de supprimer le scénario&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Scénario «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” arrived from the model.</source>
        <translation>La version %1 de «&#xa0;%2&#xa0;» est arrivée du modèle.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>Spielberg::SettingsDialog</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Anthropic (Claude)</source>
        <translation>Anthropic (Claude)</translation>
    </message>
    <message>
        <source>OpenAI-compatible (OpenAI, OpenRouter, Ollama, llama.cpp, LM Studio)</source>
        <translation>Compatible OpenAI (OpenAI, OpenRouter, Ollama, llama.cpp, LM Studio)</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Ask the provider which models it offers</source>
        <translation>Demander au fournisseur quels modèles il propose</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Check the address and the key with the provider</source>
        <translation>Vérifier l&apos;adresse et la clé auprès du fournisseur</translation>
    </message>
    <message>
        <source>How many generation jobs run at the same time</source>
        <translation>Nombre de tâches de génération exécutées simultanément</translation>
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
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>Fournisseur du modèle</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Longest &amp;answer:</source>
        <translation>Réponse la plus &amp;longue&#xa0;:</translation>
    </message>
    <message>
        <source>A local model needs no key: choose OpenAI-compatible and an address such as http://localhost:11434/v1 (Ollama). Keys are kept in the system keychain, never in files.</source>
        <translation>Un modèle local n&apos;a pas besoin de clé&#xa0;: choisissez «&#xa0;Compatible OpenAI&#xa0;» et une adresse comme http://localhost:11434/v1 (Ollama). Les clés sont conservées dans le trousseau du système, jamais dans des fichiers.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Jobs at &amp;once:</source>
        <translation>Tâches &amp;simultanées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time limit per job:</source>
        <translation>&amp;Durée maximale par tâche&#xa0;:</translation>
    </message>
    <message>
        <source>Give up on a &amp;silent stream after:</source>
        <translation>Abandonner un flux &amp;inactif après&#xa0;:</translation>
    </message>
    <message>
        <source>PDF &amp;paper:</source>
        <translation>&amp;Papier PDF&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <source>No keychain: %1</source>
        <translation>Aucun trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>•••••••• (stored; type to replace)</source>
        <translation>•••••••• (enregistrée&#xa0;; tapez-en une autre pour la remplacer)</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Collez votre clé d&apos;API</translation>
    </message>
    <message>
        <source>Asking the provider for its models…</source>
        <translation>Demande de la liste des modèles au fournisseur…</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) available.</source>
        <translation>
            <numerusform>%n modèle disponible.</numerusform>
            <numerusform>%n modèles disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key could not be stored in the keychain: %1</source>
        <translation>Impossible d&apos;enregistrer la clé dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export and language</source>
        <translation>Export et langue</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>The language of the window; it changes the next time Spielberg starts</source>
        <translation>La langue de la fenêtre&#xa0;; elle change au prochain démarrage de Spielberg</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>S&amp;mart typing: Enter and Tab move between screenplay elements</source>
        <translation>Saisie &amp;intelligente&#xa0;: Entrée et Tab passent d’un élément du scénario à l’autre</translation>
    </message>
    <message>
        <source>Print (&amp;CONT&apos;D) when a character speaks again after action</source>
        <translation>Imprimer (&amp;CONT&apos;D) quand un personnage reparle après une action</translation>
    </message>
    <message>
        <source>Added on the printed pages and the page view, never typed into the text</source>
        <translation>Ajouté sur les pages imprimées et dans la vue en pages, jamais dans le texte</translation>
    </message>
    <message>
        <source>The key comes from %1 in the environment, so none needs storing here.</source>
        <translation>La clé vient de %1 dans l’environnement&#xa0;; inutile d’en enregistrer une ici.</translation>
    </message>
    <message>
        <source>Without a keychain, set %1 in the environment before starting Spielberg: the app and spielberg-cli read the key from there.</source>
        <translation>Sans trousseau, définissez %1 dans l’environnement avant de lancer Spielberg&#xa0;: l’application et spielberg-cli y lisent la clé.</translation>
    </message>
</context>
<context>
    <name>Spielberg::SmartTyping</name>
    <message>
        <source>Completions</source>
        <translation>Complétions</translation>
    </message>
</context>
<context>
    <name>Spielberg::TakesDialog</name>
    <message>
        <source>Takes of scene %1 — %2</source>
        <translation>Prises de la séquence %1 — %2</translation>
    </message>
    <message>
        <source>Each take beside the scene as it stands; marked lines are new. Choose one: it becomes a new version, and the others stay with the job.</source>
        <translation>Chaque prise à côté de la séquence telle qu&apos;elle est&#xa0;; les lignes marquées sont nouvelles. Choisissez-en une&#xa0;: elle devient une nouvelle version, et les autres restent dans la tâche.</translation>
    </message>
    <message>
        <source>The scene now</source>
        <translation>La séquence actuelle</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>Prise %1</translation>
    </message>
    <message>
        <source>Choose take &amp;%1</source>
        <translation>Choisir la prise &amp;%1</translation>
    </message>
    <message>
        <source>%1 lines new, %2 gone</source>
        <translation>%1 lignes ajoutées, %2 supprimées</translation>
    </message>
    <message>
        <source>This scene has no takes to choose from.</source>
        <translation>Cette séquence n&apos;a aucune prise au choix.</translation>
    </message>
    <message>
        <source>The take could not be used: %1</source>
        <translation>Impossible d&apos;utiliser la prise&#xa0;: %1</translation>
    </message>
    <message>
        <source>No version was made: the scene changed after the takes were written (%1). Your text is as it was; regenerate the scene to have takes of it as it is now.</source>
        <translation>Aucune version n&apos;a été créée&#xa0;: la séquence a changé après l&apos;écriture des prises (%1). Votre texte est inchangé&#xa0;; régénérez la séquence pour obtenir des prises de sa forme actuelle.</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 lignes</translation>
    </message>
</context>
<context>
    <name>Spielberg::VersionListModel</name>
    <message>
        <source>Made from v%1</source>
        <translation>Créée à partir de la v%1</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Tâche %1</translation>
    </message>
    <message>
        <source>Version</source>
        <extracomment>a version&apos;s number, v1, v2…</extracomment>
        <translation>Version</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Locked as the white draft: revision marks and page numbers count from it.</source>
        <translation>Verrouillée comme version blanche : les marques de révision et les numéros de page partent d’elle.</translation>
    </message>
    <message>
        <source>v%1 (locked)</source>
        <extracomment>the version locked as the white draft of production revisions, in the versions list</extracomment>
        <translation>v%1 (verrouillée)</translation>
    </message>
</context>
<context>
    <name>Spielberg::VersionPane</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Historique des versions</translation>
    </message>
    <message>
        <source>Select one version to view or restore it, or to compare it with the draft; select two to compare them</source>
        <translation>Sélectionnez une version pour l&apos;afficher, la restaurer ou la comparer au brouillon&#xa0;; sélectionnez-en deux pour les comparer</translation>
    </message>
    <message>
        <source>Read the selected version (Enter)</source>
        <translation>Lire la version sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>Compare two selected versions, or one with the draft</source>
        <translation>Comparer deux versions sélectionnées, ou une version avec le brouillon</translation>
    </message>
    <message>
        <source>Make the selected version the draft again (as a new version; nothing is lost)</source>
        <translation>Refaire de la version sélectionnée le brouillon (sous forme de nouvelle version&#xa0;; rien n&apos;est perdu)</translation>
    </message>
    <message>
        <source>%1 — version %2 (read-only)</source>
        <translation>%1 — version %2 (lecture seule)</translation>
    </message>
    <message>
        <source>%1 · %2%3</source>
        <translation>%1 · %2%3</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurer cette version</translation>
    </message>
    <message>
        <source>Your draft</source>
        <translation>Votre brouillon</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — compare</source>
        <translation>%1 — comparaison</translation>
    </message>
    <message>
        <source>&amp;Compare with draft</source>
        <translation>&amp;Comparer avec le brouillon</translation>
    </message>
    <message>
        <source>&amp;Lock as the white draft</source>
        <translation>&amp;Verrouiller comme version blanche</translation>
    </message>
    <message>
        <source>Production revisions: changes made after this version are marked with * and print on coloured pages</source>
        <translation>Révisions de production&#xa0;: les changements faits après cette version sont marqués d’un * et imprimés sur des pages de couleur</translation>
    </message>
</context>
<context>
    <name>Spielberg::WelcomeDialog</name>
    <message>
        <source>Welcome to Spielberg</source>
        <translation>Bienvenue dans Spielberg</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Spielberg&lt;/h2&gt;&lt;p&gt;Write screenplays in Fountain, keep every version, build a bible of your characters, and let a language model draft scripts and scenes while you watch them being written.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, except what you send to the model you choose.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Spielberg&lt;/h2&gt;&lt;p&gt;Écrivez vos scénarios en Fountain, gardez chaque version, constituez la bible de vos personnages et laissez un modèle de langage ébaucher scénarios et séquences pendant que vous les regardez s&apos;écrire.&lt;/p&gt;&lt;p&gt;Tout reste sur cet ordinateur, sauf ce que vous envoyez au modèle de votre choix.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a &amp;sample script</source>
        <translation>Ouvrir un &amp;scénario d&apos;exemple</translation>
    </message>
    <message>
        <source>Set up a &amp;model…</source>
        <translation>Configurer un &amp;modèle…</translation>
    </message>
    <message>
        <source>Start &amp;writing</source>
        <translation>Commencer à é&amp;crire</translation>
    </message>
</context>
</TS>
