<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ErrorText</name>
    <message>
        <source>No model is chosen yet. Pick one in Settings (Ctrl+,).</source>
        <translation>Todavía no se ha elegido ningún modelo. Elija uno en Ajustes (Ctrl+,).</translation>
    </message>
    <message>
        <source>The instruction is empty: say what the model should write.</source>
        <translation>La instrucción está vacía: diga qué debe escribir el modelo.</translation>
    </message>
    <message>
        <source>“%1” is not a web address the app can use; it looks like https://api.anthropic.com.</source>
        <translation>«%1» no es una dirección web que la aplicación pueda usar; tiene el aspecto de https://api.anthropic.com.</translation>
    </message>
    <message>
        <source>“%1” sends your script unencrypted to another computer. Use an https address; plain http is only for a model on this computer.</source>
        <translation>«%1» envía su guion sin cifrar a otro ordenador. Use una dirección https; http sin cifrar es solo para un modelo en este ordenador.</translation>
    </message>
    <message>
        <source>This script no longer exists; it may have been deleted in another window or from the command line.</source>
        <translation>Este guion ya no existe; puede que se haya eliminado en otra ventana o desde la línea de órdenes.</translation>
    </message>
    <message>
        <source>Version %1 of this script does not exist.</source>
        <translation>La versión %1 de este guion no existe.</translation>
    </message>
    <message>
        <source>This script has no versions yet.</source>
        <translation>Este guion todavía no tiene versiones.</translation>
    </message>
    <message>
        <source>This character no longer exists.</source>
        <translation>Este personaje ya no existe.</translation>
    </message>
    <message>
        <source>This scene no longer exists; its version may have been deleted.</source>
        <translation>Esta escena ya no existe; puede que se haya eliminado su versión.</translation>
    </message>
    <message>
        <source>This job no longer exists.</source>
        <translation>Esta tarea ya no existe.</translation>
    </message>
    <message>
        <source>This job is already over (%1): only waiting or running jobs can be cancelled.</source>
        <translation>Esta tarea ya ha terminado (%1): solo se pueden cancelar las tareas en espera o en curso.</translation>
    </message>
    <message>
        <source>This job is %1: only failed, cancelled or interrupted jobs can be tried again.</source>
        <translation>Esta tarea está %1: solo se pueden reintentar las tareas fallidas, canceladas o interrumpidas.</translation>
    </message>
    <message>
        <source>A script needs a title.</source>
        <translation>Un guion necesita un título.</translation>
    </message>
    <message>
        <source>A character needs a name.</source>
        <translation>Un personaje necesita un nombre.</translation>
    </message>
    <message>
        <source>Another program is writing to the library just now, so nothing was changed. Try again in a moment.</source>
        <translation>Otro programa está escribiendo en la biblioteca en este momento, así que no se cambió nada. Vuelva a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Adventure</source>
        <translation>Aventura</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animación</translation>
    </message>
    <message>
        <source>Comedy</source>
        <translation>Comedia</translation>
    </message>
    <message>
        <source>Crime</source>
        <translation>Policíaco</translation>
    </message>
    <message>
        <source>Documentary</source>
        <translation>Documental</translation>
    </message>
    <message>
        <source>Drama</source>
        <translation>Drama</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <source>Fantasy</source>
        <translation>Fantasía</translation>
    </message>
    <message>
        <source>Historical</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Horror</source>
        <translation>Terror</translation>
    </message>
    <message>
        <source>Musical</source>
        <translation>Musical</translation>
    </message>
    <message>
        <source>Mystery</source>
        <translation>Misterio</translation>
    </message>
    <message>
        <source>Romance</source>
        <translation>Romántico</translation>
    </message>
    <message>
        <source>Science fiction</source>
        <translation>Ciencia ficción</translation>
    </message>
    <message>
        <source>Thriller</source>
        <translation>Thriller</translation>
    </message>
    <message>
        <source>War</source>
        <translation>Bélico</translation>
    </message>
    <message>
        <source>Western</source>
        <translation>Wéstern</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ligero</translation>
    </message>
    <message>
        <source>Gritty</source>
        <translation>Crudo</translation>
    </message>
    <message>
        <source>Whimsical</source>
        <translation>Caprichoso</translation>
    </message>
    <message>
        <source>Suspenseful</source>
        <translation>De suspense</translation>
    </message>
    <message>
        <source>Satirical</source>
        <translation>Satírico</translation>
    </message>
    <message>
        <source>Romantic</source>
        <translation>Romántico</translation>
    </message>
    <message>
        <source>Melancholic</source>
        <translation>Melancólico</translation>
    </message>
    <message>
        <source>Hopeful</source>
        <translation>Esperanzador</translation>
    </message>
    <message>
        <source>Tense</source>
        <translation>Tenso</translation>
    </message>
    <message>
        <source>Comedic</source>
        <translation>Cómico</translation>
    </message>
    <message>
        <source>Epic</source>
        <translation>Épico</translation>
    </message>
    <message>
        <source>Screenplay</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Outline</source>
        <extracomment>a story-engine step that outlines the scenes</extracomment>
        <translation>Escaleta</translation>
    </message>
    <message>
        <source>Saved</source>
        <extracomment>how a version came to be: saved by the writer</extracomment>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generada</translation>
    </message>
    <message>
        <source>Scene regenerated</source>
        <translation>Escena regenerada</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurada</translation>
    </message>
    <message>
        <source>Script</source>
        <extracomment>a generation job that writes a whole script</extracomment>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Scene</source>
        <extracomment>a generation job that rewrites one scene</extracomment>
        <translation>Escena</translation>
    </message>
    <message>
        <source>Quick draft</source>
        <translation>Borrador rápido</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
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
        <translation>Escaleta</translation>
    </message>
    <message>
        <source>Developed</source>
        <extracomment>how a version came to be: every scene written from the outline by the story engine</extracomment>
        <translation>Desarrollado</translation>
    </message>
    <message>
        <source>Story run</source>
        <extracomment>a story-engine run: cast, outline and scenes</extracomment>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <source>Cast</source>
        <extracomment>a story-engine step that proposes the cast</extracomment>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Scene draft</source>
        <extracomment>a story-engine step that writes one scene of the outline</extracomment>
        <translation>Borrador de escena</translation>
    </message>
    <message>
        <source>%1 speaks but is neither in the character bible nor a minor role</source>
        <translation>%1 habla, pero no está en la biblia de personajes ni figura como papel secundario</translation>
    </message>
    <message>
        <source>%1 is cued under several names: %2</source>
        <translation>%1 aparece con varios nombres en los diálogos: %2</translation>
    </message>
    <message>
        <source>%1 is in the script&apos;s cast but never on the page</source>
        <translation>%1 está en el reparto del guion, pero nunca aparece en el texto</translation>
    </message>
    <message>
        <source>Text before the first scene heading belongs to no scene: “%1”</source>
        <translation>El texto anterior al primer encabezado de escena no pertenece a ninguna escena: «%1»</translation>
    </message>
    <message>
        <source>%1 has nothing in it</source>
        <translation>%1 no tiene contenido</translation>
    </message>
    <message>
        <source>%1 is still an outline scene: it has no dialogue</source>
        <translation>%1 sigue siendo una escena de la escaleta: no tiene diálogo</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Verde azulado</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Morado</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>By tone</source>
        <translation>Según el tono</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Scene heading</source>
        <translation>Encabezado de escena</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Personaje</translation>
    </message>
    <message>
        <source>Parenthetical</source>
        <translation>Acotación</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Diálogo</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Transición</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>Letra</translation>
    </message>
    <message>
        <source>Centered</source>
        <translation>Centrado</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>screenplay element</comment>
        <translation>Acción</translation>
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
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New Script…</source>
        <translation>&amp;Nuevo guion…</translation>
    </message>
    <message>
        <source>Start a new script</source>
        <translation>Empezar un guion nuevo</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Bring a Fountain or Final Draft file into the library</source>
        <translation>Traer un archivo de Fountain o Final Draft a la biblioteca</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Write the open script&apos;s draft as PDF, Final Draft or Fountain</source>
        <translation>Exportar el borrador del guion abierto como PDF, Final Draft o Fountain</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quick Generate…</source>
        <translation>&amp;Generación rápida…</translation>
    </message>
    <message>
        <source>A draft from a prompt alone, streamed as it is written</source>
        <translation>Un borrador a partir de una sola instrucción, que aparece a medida que se escribe</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Provider, model, API key, jobs and paper</source>
        <translation>Proveedor, modelo, clave de API, tareas y papel</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Ctrl+X</source>
        <translation>Ctrl+X</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Seleccionar todo</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>&amp;About Spielberg</source>
        <translation>&amp;Acerca de Spielberg</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>In&amp;formes…</translation>
    </message>
    <message>
        <source>Breakdown of the open draft: characters, locations and scenes, as CSV or PDF</source>
        <translation>Desglose del borrador abierto: personajes, localizaciones y escenas, en CSV o PDF</translation>
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
        <translation>Spielberg no puede abrir la biblioteca</translation>
    </message>
</context>
<context>
    <name>Spielberg::CardEditor</name>
    <message>
        <source>&amp;Locked: the model never rewrites this scene</source>
        <translation>&amp;Bloqueada: el modelo nunca reescribe esta escena</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>Sinopsis</translation>
    </message>
    <message>
        <source>What happens in this scene, in a line or two</source>
        <translation>Qué ocurre en esta escena, en una o dos líneas</translation>
    </message>
    <message>
        <source>What the scene must achieve</source>
        <translation>Lo que la escena debe lograr</translation>
    </message>
    <message>
        <source>What stands in the way</source>
        <translation>Lo que se interpone</translation>
    </message>
    <message>
        <source>tense, tender, comic…</source>
        <translation>tenso, tierno, cómico…</translation>
    </message>
    <message>
        <source>&amp;Synopsis:</source>
        <translation>&amp;Sinopsis:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>&amp;Tension:</source>
        <translation>&amp;Tensión:</translation>
    </message>
    <message>
        <source>T&amp;one:</source>
        <translation>To&amp;no:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Color:</translation>
    </message>
    <message>
        <source>Scene heading</source>
        <translation>Encabezado de escena</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Encabezado:</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>Escena %1</translation>
    </message>
</context>
<context>
    <name>Spielberg::CharacterListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <translation>%1 (propuesto)</translation>
    </message>
    <message>
        <source>Proposed by the model for this script: keep it, edit it or drop it before the outline is written.</source>
        <translation>Propuesto por el modelo para este guion: consérvelo, edítelo o descártelo antes de que se escriba la escaleta.</translation>
    </message>
</context>
<context>
    <name>Spielberg::CharactersPage</name>
    <message>
        <source>Filter characters…</source>
        <translation>Filtrar personajes…</translation>
    </message>
    <message>
        <source>Filter characters</source>
        <translation>Filtrar personajes</translation>
    </message>
    <message>
        <source>Character library</source>
        <translation>Biblioteca de personajes</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Add a character to the library (Ctrl+N)</source>
        <translation>Añadir un personaje a la biblioteca (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Copy the selected character under a new name</source>
        <translation>Copiar el personaje seleccionado con otro nombre</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Remove the selected character from the library</source>
        <translation>Quitar el personaje seleccionado de la biblioteca</translation>
    </message>
    <message>
        <source>The name as it appears in dialogue, e.g. MARGARET</source>
        <translation>El nombre tal como aparece en los diálogos; p. ej., MARGARET</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Temperament, habits, contradictions…</source>
        <translation>Temperamento, costumbres, contradicciones…</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>Personalidad</translation>
    </message>
    <message>
        <source>What they want, and what they need</source>
        <translation>Lo que quiere y lo que necesita</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>How they talk: rhythm, vocabulary, what they never say</source>
        <translation>Cómo habla: ritmo, vocabulario, lo que nunca dice</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Where they come from; what happened before page one</source>
        <translation>De dónde viene; qué pasó antes de la primera página</translation>
    </message>
    <message>
        <source>Backstory</source>
        <translation>Trasfondo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>&amp;Personality:</source>
        <translation>&amp;Personalidad:</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>O&amp;bjetivos:</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>&amp;Voz:</translation>
    </message>
    <message>
        <source>&amp;Backstory:</source>
        <translation>&amp;Trasfondo:</translation>
    </message>
    <message>
        <source>Used in:</source>
        <translation>Aparece en:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Forget the changes made since the last save</source>
        <translation>Descartar los cambios hechos desde la última vez que se guardó</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save this character (Ctrl+S)</source>
        <translation>Guardar este personaje (Ctrl+S)</translation>
    </message>
    <message>
        <source>The characters could not be read: %1</source>
        <translation>No se pudieron leer los personajes: %1</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>No script yet</source>
        <translation>Aún en ningún guion</translation>
    </message>
    <message>
        <source>A character needs a name.</source>
        <translation>Un personaje necesita un nombre.</translation>
    </message>
    <message>
        <source>The character could not be saved: %1</source>
        <translation>No se pudo guardar el personaje: %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>The character could not be copied: %1</source>
        <translation>No se pudo copiar el personaje: %1</translation>
    </message>
    <message>
        <source>Delete %1 from the library?</source>
        <translation>¿Eliminar a %1 de la biblioteca?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 from the library? It is detached from %n script(s): %2. The scripts and their versions stay.</source>
        <translation>
            <numerusform>¿Eliminar a %1 de la biblioteca? Se desvinculará de %n guion: %2. El guion y sus versiones se conservan.</numerusform>
            <numerusform>¿Eliminar a %1 de la biblioteca? Se desvinculará de %n guiones: %2. Los guiones y sus versiones se conservan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete character</source>
        <translation>Eliminar personaje</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>The character could not be deleted: %1</source>
        <translation>No se pudo eliminar el personaje: %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Se eliminó a %1.</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>Co&amp;nservar</translation>
    </message>
    <message>
        <source>Keep this proposed character in the script&apos;s cast</source>
        <translation>Conservar este personaje propuesto en el reparto del guion</translation>
    </message>
    <message>
        <source>Dro&amp;p</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Drop this proposed character: the outline is written without it</source>
        <translation>Descartar este personaje propuesto: la escaleta se escribe sin él</translation>
    </message>
    <message>
        <source>Keep &amp;all</source>
        <translation>Conserv&amp;ar todos</translation>
    </message>
    <message>
        <source>The character could not be kept: %1</source>
        <translation>No se pudo conservar el personaje: %1</translation>
    </message>
    <message>
        <source>The character could not be dropped: %1</source>
        <translation>No se pudo descartar el personaje: %1</translation>
    </message>
    <message>
        <source>Dropped %1.</source>
        <translation>Se descartó a %1.</translation>
    </message>
    <message>
        <source>The model proposes the characters in italics for “%1”. Keep, edit or drop them: the outline is written for every one you do not drop.</source>
        <translation>El modelo propone los personajes en cursiva para «%1». Consérvelos, edítelos o descártelos: la escaleta se escribe para todos los que no descarte.</translation>
    </message>
</context>
<context>
    <name>Spielberg::CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Comparar versiones</translation>
    </message>
    <message>
        <source>Review the new version</source>
        <translation>Revisar la versión nueva</translation>
    </message>
</context>
<context>
    <name>Spielberg::DevelopDialog</name>
    <message>
        <source>&amp;Stop after the cast and after the outline, so I can change them</source>
        <translation>&amp;Detenerse tras el reparto y tras la escaleta para poder cambiarlos</translation>
    </message>
    <message>
        <source>Develop “%1”</source>
        <translation>Desarrollar «%1»</translation>
    </message>
    <message>
        <source>The model proposes the cast, lays out the outline as scenes, then writes every scene. Each step is a job you can watch, cancel and resume; scenes you lock are never rewritten.</source>
        <translation>El modelo propone el reparto, organiza la escaleta en escenas y después escribe cada escena. Cada paso es una tarea que puede seguir, cancelar y reanudar; las escenas que bloquee nunca se reescriben.</translation>
    </message>
    <message>
        <source>What the story is about</source>
        <translation>De qué trata la historia</translation>
    </message>
    <message>
        <source>What the story is about: who wants what, what stands in the way.</source>
        <translation>De qué trata la historia: quién quiere qué y qué se lo impide.</translation>
    </message>
    <message>
        <source>Optional: anything beyond the logline (“%1”).</source>
        <translation>Opcional: todo lo que vaya más allá de la logline («%1»).</translation>
    </message>
    <message>
        <source>Cast, outline and scenes</source>
        <translation>Reparto, escaleta y escenas</translation>
    </message>
    <message>
        <source>The cast only</source>
        <translation>Solo el reparto</translation>
    </message>
    <message>
        <source>The outline only</source>
        <translation>Solo la escaleta</translation>
    </message>
    <message>
        <source>The scenes, from the newest version</source>
        <translation>Las escenas, a partir de la versión más reciente</translation>
    </message>
    <message>
        <source>Number of scenes</source>
        <translation>Número de escenas</translation>
    </message>
    <message>
        <source>1 writes each scene knowing the ones before it. More is faster: each scene is then written from the outline alone.</source>
        <translation>Con 1, cada escena se escribe conociendo las anteriores. Con más es más rápido: cada escena se escribe entonces solo a partir de la escaleta.</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Pasos:</translation>
    </message>
    <message>
        <source>S&amp;cenes:</source>
        <translation>&amp;Escenas:</translation>
    </message>
    <message>
        <source>&amp;Written at once:</source>
        <translation>Escritas a la &amp;vez:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>&amp;What the story is about:</source>
        <translation>De &amp;qué trata la historia:</translation>
    </message>
    <message>
        <source>Working out what the run will use…</source>
        <translation>Calculando lo que usará el desarrollo…</translation>
    </message>
    <message>
        <source>No estimate: %1</source>
        <translation>Sin estimación: %1</translation>
    </message>
    <message>
        <source>Estimate: about %1 tokens in and %2 out. Nothing is sent until you start.</source>
        <translation>Estimación: unos %1 tokens de entrada y %2 de salida. No se envía nada hasta que usted empiece.</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
</context>
<context>
    <name>Spielberg::DiffView</name>
    <message>
        <source>Older text</source>
        <translation>Texto anterior</translation>
    </message>
    <message>
        <source>Newer text</source>
        <translation>Texto más reciente</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>The two texts are the same.</source>
        <translation>Los dos textos son iguales.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s):</source>
        <translation>
            <numerusform>%n cambio:</numerusform>
            <numerusform>%n cambios:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n línea eliminada</numerusform>
            <numerusform>%n líneas eliminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n línea añadida</numerusform>
            <numerusform>%n líneas añadidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spielberg::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Distinguir &amp;mayúsculas</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>Reemplazar &amp;todo</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Reemplazar con:</translation>
    </message>
    <message>
        <source>Find in the script</source>
        <translation>Buscar en el guion</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar con</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Find the next match (Enter)</source>
        <translation>Buscar la siguiente coincidencia (Enter)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Buscar la coincidencia anterior (Shift+Enter)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Cerrar la búsqueda</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Continued from the %1</source>
        <translation>Continúa desde el %1</translation>
    </message>
    <message>
        <source>end</source>
        <translation>final</translation>
    </message>
    <message>
        <source>start</source>
        <translation>principio</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No se encontró</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n coincidencia reemplazada</numerusform>
            <numerusform>%n coincidencias reemplazadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spielberg::FountainEditor</name>
    <message>
        <source>Screenplay editor</source>
        <translation>Editor de guion</translation>
    </message>
    <message>
        <source>INT. SOMEWHERE - DAY

Start writing in Fountain: a scene heading, then action.

A NAME IN CAPITALS
starts a line of dialogue.</source>
        <translation>INT. ALGÚN LUGAR - DÍA

Empiece a escribir en Fountain: un encabezado de escena y, después, la acción.

UN NOMBRE EN MAYÚSCULAS
empieza una línea de diálogo.</translation>
    </message>
</context>
<context>
    <name>Spielberg::GenerateDialog</name>
    <message>
        <source>Generate a new version</source>
        <translation>Generar una versión nueva</translation>
    </message>
    <message>
        <source>Tell the model what to write. The result becomes a new version of this script; your draft is never replaced without asking you.</source>
        <translation>Indique al modelo qué debe escribir. El resultado será una versión nueva de este guion; su borrador nunca se reemplaza sin preguntarle.</translation>
    </message>
    <message>
        <source>e.g. Write the first act: Margaret sees the flare and must choose between the lamp and the boat.</source>
        <translation>p. ej., Escribe el primer acto: Margaret ve la bengala y debe elegir entre la lámpara y la barca.</translation>
    </message>
    <message>
        <source>Regenerate scene</source>
        <translation>Regenerar escena</translation>
    </message>
    <message>
        <source>The model rewrites this scene only, knowing its setting, goal, tension and tone, the scenes around it and the characters in it. The rest of the script stays exactly as it is.</source>
        <translation>El modelo reescribe solo esta escena, conociendo su ambientación, objetivo, tensión y tono, las escenas que la rodean y los personajes que aparecen en ella. El resto del guion se queda exactamente igual.</translation>
    </message>
    <message>
        <source>Optional: what to change, e.g. more tension, fewer words, let Edwin lie.</source>
        <translation>Opcional: qué cambiar; p. ej., más tensión, menos palabras, que Edwin mienta.</translation>
    </message>
    <message>
        <source>Instruction for the model</source>
        <translation>Instrucción para el modelo</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Regenerar</translation>
    </message>
    <message>
        <source>Say what to write: the model needs an instruction.</source>
        <translation>Indique qué escribir: el modelo necesita una instrucción.</translation>
    </message>
    <message>
        <source>More than one: the takes are shown side by side and you choose one; the others stay with the job.</source>
        <translation>Más de una: las tomas se muestran una al lado de otra y usted elige una; las demás se quedan en la tarea.</translation>
    </message>
    <message>
        <source>&amp;Takes to choose from:</source>
        <translation>&amp;Tomas para elegir:</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
</context>
<context>
    <name>Spielberg::GeneratedVersionReview</name>
    <message>
        <source>Version %1 arrived from the model and is now in the editor. Select two versions and Compare to see what changed.</source>
        <translation>La versión %1 llegó del modelo y ya está en el editor. Seleccione dos versiones y pulse Comparar para ver qué cambió.</translation>
    </message>
    <message>
        <source>Your draft</source>
        <translation>Su borrador</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Versión %1 (%2)</translation>
    </message>
    <message>
        <source>The model finished version %1 of “%2”, but your draft has changes that are in no version. Use the new version (your draft is first kept as a version of its own), or keep working on your draft?</source>
        <translation>El modelo terminó la versión %1 de «%2», pero su borrador tiene cambios que no están en ninguna versión. ¿Usar la versión nueva (antes, su borrador se conserva como una versión propia) o seguir trabajando en su borrador?</translation>
    </message>
    <message>
        <source>The model finished version %1 of “%2” from version %3, but your draft rests on version %4. Use the new version, or keep working on your draft?</source>
        <translation>El modelo terminó la versión %1 de «%2» a partir de la versión %3, pero su borrador se basa en la versión %4. ¿Usar la versión nueva o seguir trabajando en su borrador?</translation>
    </message>
    <message>
        <source>Use version %1</source>
        <translation>Usar la versión %1</translation>
    </message>
    <message>
        <source>Keep my draft</source>
        <translation>Conservar mi borrador</translation>
    </message>
    <message>
        <source>The model finished version %1 of “%2”. Your draft stays as it is until you choose.</source>
        <translation>El modelo terminó la versión %1 de «%2». Su borrador queda como está hasta que usted elija.</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Revisar…</translation>
    </message>
</context>
<context>
    <name>Spielberg::GenerationLauncher</name>
    <message>
        <source>The provider&apos;s address is not usable: %1 Fix it in Settings.</source>
        <translation>La dirección del proveedor no es válida: %1 Corríjala en Configuración.</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>el proveedor</translation>
    </message>
    <message>
        <source>No API key for %1 yet. Add one in Settings (Ctrl+,), or choose OpenAI-compatible there with a local model such as http://localhost:11434/v1.</source>
        <translation>Aún no hay clave de API para %1. Añada una en Configuración (Ctrl+,) o elija allí «Compatible con OpenAI» con un modelo local como http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>Kept before generating</source>
        <translation>Conservado antes de generar</translation>
    </message>
</context>
<context>
    <name>Spielberg::JobListModel</name>
    <message>
        <source>(new draft)</source>
        <translation>(borrador nuevo)</translation>
    </message>
    <message>
        <source>(deleted script)</source>
        <translation>(guion eliminado)</translation>
    </message>
    <message>
        <source>%1 — scene %2</source>
        <translation>%1 — escena %2</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incompleta</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>input tokens → output tokens</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>what a job generates: a script, a scene or a quick draft</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Script / scene</source>
        <translation>Guion / escena</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Tokens (in → out)</source>
        <translation>Tokens (entrada → salida)</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Esperando su decisión</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>Escena %1</translation>
    </message>
</context>
<context>
    <name>Spielberg::JobsPage</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Show jobs with status</source>
        <translation>Mostrar tareas con el estado</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Todas las tareas</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>&amp;Cancelar tarea</translation>
    </message>
    <message>
        <source>Stop this job; the text written so far is kept</source>
        <translation>Detener esta tarea; se conserva el texto escrito hasta ahora</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Queue this job again from the start (the provider may bill it again)</source>
        <translation>Volver a poner esta tarea en cola desde el principio (el proveedor puede volver a cobrarla)</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>The model stopped at its length limit: ask it to go on</source>
        <translation>El modelo se detuvo en su límite de longitud: pedirle que siga</translation>
    </message>
    <message>
        <source>&amp;Open result</source>
        <translation>&amp;Abrir resultado</translation>
    </message>
    <message>
        <source>Show the version this job made (Enter)</source>
        <translation>Mostrar la versión que creó esta tarea (Enter)</translation>
    </message>
    <message>
        <source>Generation jobs</source>
        <translation>Tareas de generación</translation>
    </message>
    <message>
        <source>Text of the selected job</source>
        <translation>Texto de la tarea seleccionada</translation>
    </message>
    <message>
        <source>Select a job to see what the model wrote. The text of a running job appears here as it is written.</source>
        <translation>Seleccione una tarea para ver lo que escribió el modelo. El texto de una tarea en curso aparece aquí a medida que se escribe.</translation>
    </message>
    <message>
        <source>The jobs could not be read: %1</source>
        <translation>No se pudieron leer las tareas: %1</translation>
    </message>
    <message>
        <source>No job selected.</source>
        <translation>Ninguna tarea seleccionada.</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modelo %1</translation>
    </message>
    <message>
        <source>%1 tokens in, %2 out</source>
        <translation>%1 tokens de entrada, %2 de salida</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped at the length limit: Continue asks for the rest</source>
        <translation>se detuvo en el límite de longitud: Continuar pide el resto</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Instrucción: %1</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(id. de solicitud %1)</translation>
    </message>
    <message>
        <source>&amp;Open draft</source>
        <translation>&amp;Abrir borrador</translation>
    </message>
    <message>
        <source>The job is being tried again (attempt %1).</source>
        <translation>Se está reintentando la tarea (intento %1).</translation>
    </message>
    <message>
        <source>The job could not be cancelled: %1</source>
        <translation>No se pudo cancelar la tarea: %1</translation>
    </message>
    <message>
        <source>The job could not be retried: %1</source>
        <translation>No se pudo reintentar la tarea: %1</translation>
    </message>
    <message>
        <source>The job is queued again.</source>
        <translation>La tarea vuelve a estar en cola.</translation>
    </message>
    <message>
        <source>The job could not be continued: %1</source>
        <translation>No se pudo continuar la tarea: %1</translation>
    </message>
    <message>
        <source>This job made no version (it stopped before the end). Continue it, or open its text above.</source>
        <translation>Esta tarea no creó ninguna versión (se detuvo antes del final). Continúela o abra su texto arriba.</translation>
    </message>
    <message>
        <source>A story run writes through its steps: open the run&apos;s row and select the cast, the outline or a scene to read what the model wrote.</source>
        <translation>Un desarrollo escribe a través de sus pasos: abra su fila y seleccione el reparto, la escaleta o una escena para leer lo que escribió el modelo.</translation>
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
        <translation>Listo</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Guiones</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Personajes</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Escenas</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scene(s)</source>
        <translation>
            <numerusform>%n escena</numerusform>
            <numerusform>%n escenas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>A job failed: %1</source>
        <translation>Falló una tarea: %1</translation>
    </message>
    <message>
        <source>A job finished.</source>
        <translation>Terminó una tarea.</translation>
    </message>
    <message>
        <source>Jobs (%1)</source>
        <translation>Tareas (%1)</translation>
    </message>
    <message>
        <source>&amp;Scripts</source>
        <translation>&amp;Guiones</translation>
    </message>
    <message>
        <source>&amp;Characters</source>
        <translation>&amp;Personajes</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <source>Sce&amp;nes</source>
        <translation>&amp;Escenas</translation>
    </message>
    <message>
        <source>Cannot generate yet</source>
        <translation>Aún no se puede generar</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Abrir Configuración…</translation>
    </message>
    <message>
        <source>Import a screenplay</source>
        <translation>Importar un guion</translation>
    </message>
    <message>
        <source>Screenplays (*.fountain *.spmd *.txt *.fdx);;All files (*)</source>
        <translation>Guiones (*.fountain *.spmd *.txt *.fdx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error al importar</translation>
    </message>
    <message>
        <source>Open a script to export it.</source>
        <translation>Abra un guion para exportarlo.</translation>
    </message>
    <message>
        <source>Export the draft</source>
        <translation>Exportar el borrador</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Final Draft (*.fdx);;Fountain (*.fountain)</source>
        <translation>PDF (*.pdf);;Final Draft (*.fdx);;Fountain (*.fountain)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Jobs are still in the queue</source>
        <translation>Aún hay tareas en la cola</translation>
    </message>
    <message numerus="yes">
        <source>%n generation job(s) have not finished. Cancel them, or leave them: waiting jobs start when you next open Spielberg, and running ones stop now, keeping their text, ready to retry.</source>
        <translation>
            <numerusform>%n tarea de generación no ha terminado. Puede cancelarla o dejarla: si está en espera, empezará la próxima vez que abra Spielberg; si está en curso, se detendrá ahora, conservará su texto y quedará lista para reintentarla.</numerusform>
            <numerusform>%n tareas de generación no han terminado. Puede cancelarlas o dejarlas: las que están en espera empezarán la próxima vez que abra Spielberg, y las que están en curso se detendrán ahora, conservarán su texto y quedarán listas para reintentarlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave them</source>
        <translation>Dejarlas</translation>
    </message>
    <message>
        <source>Cancel jobs</source>
        <translation>Cancelar tareas</translation>
    </message>
    <message>
        <source>Don&apos;t quit</source>
        <translation>No salir</translation>
    </message>
    <message>
        <source>About Spielberg</source>
        <translation>Acerca de Spielberg</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Spielberg %1&lt;/h3&gt;&lt;p&gt;An offline-first screenwriting studio: a library of scripts with full version history, a character bible, a Fountain editor, and generation jobs that stream live.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spielberg %1&lt;/h3&gt;&lt;p&gt;Un estudio de escritura de guiones pensado para trabajar sin conexión: una biblioteca de guiones con historial completo de versiones, una biblia de personajes, un editor de Fountain y tareas de generación cuyo texto aparece en directo.&lt;/p&gt;&lt;p&gt;Distribuido bajo la Licencia Pública General de GNU (GNU GPL), versión 3 o posterior.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Fountain Syntax</source>
        <translation>Sintaxis de &amp;Fountain</translation>
    </message>
    <message>
        <source>How to write scene headings, dialogue, transitions and the rest</source>
        <translation>Cómo escribir encabezados de escena, diálogos, transiciones y lo demás</translation>
    </message>
    <message>
        <source>&lt;p&gt;KDE Frameworks Syntax Highlighting %1, SQLite %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;KDE Frameworks Syntax Highlighting %1, SQLite %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fountain syntax</source>
        <translation>Sintaxis de Fountain</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>Develop</source>
        <translation>Desarrollar</translation>
    </message>
    <message>
        <source>The script could not be read: %1</source>
        <translation>No se pudo leer el guion: %1</translation>
    </message>
    <message>
        <source>Develop “%1”</source>
        <translation>Desarrollar «%1»</translation>
    </message>
    <message>
        <source>A run on this script was interrupted. Resume it? What its steps finished is kept.</source>
        <translation>Se interrumpió un desarrollo de este guion. ¿Reanudarlo? Se conserva lo que ya completaron sus pasos.</translation>
    </message>
    <message>
        <source>Kept before developing</source>
        <translation>Conservado antes de desarrollar</translation>
    </message>
    <message>
        <source>The run could not start: %1</source>
        <translation>No se pudo iniciar el desarrollo: %1</translation>
    </message>
    <message>
        <source>Element of the current line</source>
        <translation>Elemento de la línea actual</translation>
    </message>
    <message>
        <source>What the line you are typing is. Enter and Tab move between elements; Ctrl+1 … Ctrl+9 and Ctrl+0 pick one.</source>
        <translation>Qué es la línea que está escribiendo. Intro y Tab pasan de un elemento a otro; Ctrl+1 … Ctrl+9 y Ctrl+0 eligen uno.</translation>
    </message>
    <message>
        <source>Your scripts and the editor (Alt+1)</source>
        <translation>Sus guiones y el editor (Alt+1)</translation>
    </message>
    <message>
        <source>The character library (Alt+2)</source>
        <translation>La biblioteca de personajes (Alt+2)</translation>
    </message>
    <message>
        <source>Generation jobs (Alt+3)</source>
        <translation>Tareas de generación (Alt+3)</translation>
    </message>
    <message>
        <source>Scenes of a version (Alt+4)</source>
        <translation>Escenas de una versión (Alt+4)</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running (Alt+3)</source>
        <translation>
            <numerusform>%n tarea en curso (Alt+3)</numerusform>
            <numerusform>%n tareas en curso (Alt+3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Job queued: follow it in the Jobs tab (Alt+3).</source>
        <translation>Tarea en cola: sígala en la pestaña Tareas (Alt+3).</translation>
    </message>
    <message>
        <source>Open a script to see its reports.</source>
        <translation>Abra un guion para ver sus informes.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>No scripts opened yet</source>
        <translation>Todavía no se ha abierto ningún guion</translation>
    </message>
</context>
<context>
    <name>Spielberg::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
</context>
<context>
    <name>Spielberg::PageView</name>
    <message>
        <source>The draft as it will print</source>
        <translation>El borrador tal como se imprimirá</translation>
    </message>
    <message>
        <source>Nothing to print yet</source>
        <translation>Todavía no hay nada que imprimir</translation>
    </message>
</context>
<context>
    <name>Spielberg::QuickGenerateDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Save as new script…</source>
        <translation>G&amp;uardar como guion nuevo…</translation>
    </message>
    <message>
        <source>Quick generate</source>
        <translation>Generación rápida</translation>
    </message>
    <message>
        <source>What should the model write? e.g. A two-page cold open: a lighthouse keeper sees a flare on a night she swore to stay inside.</source>
        <translation>¿Qué debe escribir el modelo? P. ej.: Un prólogo de dos páginas: la guardiana de un faro ve una bengala la noche en que juró no salir.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>Characters for the draft</source>
        <translation>Personajes del borrador</translation>
    </message>
    <message>
        <source>The model&apos;s text appears here as it is written.</source>
        <translation>El texto del modelo aparece aquí a medida que se escribe.</translation>
    </message>
    <message>
        <source>Generated text</source>
        <translation>Texto generado</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Instrucción:</translation>
    </message>
    <message>
        <source>&amp;Format, genre, tone:</source>
        <translation>&amp;Formato, género, tono:</translation>
    </message>
    <message>
        <source>&amp;Characters:</source>
        <translation>&amp;Personajes:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save as new script</source>
        <translation>Guardar como guion nuevo</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Write a prompt first: the model needs to know what to write.</source>
        <translation>Escriba primero una instrucción: el modelo necesita saber qué escribir.</translation>
    </message>
    <message>
        <source>&amp;Generate again</source>
        <translation>&amp;Generar de nuevo</translation>
    </message>
    <message>
        <source>Nothing generated yet.</source>
        <translation>Aún no se ha generado nada.</translation>
    </message>
    <message>
        <source>Waiting for a free slot…</source>
        <translation>Esperando turno…</translation>
    </message>
    <message>
        <source>The model is writing…</source>
        <translation>El modelo está escribiendo…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminado.</translation>
    </message>
    <message>
        <source>There is no finished text to save yet.</source>
        <translation>Aún no hay ningún texto terminado que guardar.</translation>
    </message>
    <message>
        <source>Quick draft</source>
        <translation>Borrador rápido</translation>
    </message>
    <message>
        <source>The script could not be created: %1</source>
        <translation>No se pudo crear el guion: %1</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>Guardado como «%1».</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
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
        <translation>Informes</translation>
    </message>
    <message>
        <source>Reports: %1</source>
        <translation>Informes: %1</translation>
    </message>
    <message>
        <source>Words of dialogue per character</source>
        <translation>Palabras de diálogo por personaje</translation>
    </message>
    <message>
        <source>Scenes per location</source>
        <translation>Escenas por localización</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Personaje</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Escenas</translation>
    </message>
    <message>
        <source>Dialogue blocks</source>
        <translation>Bloques de diálogo</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>First scene</source>
        <translation>Primera escena</translation>
    </message>
    <message>
        <source>Last scene</source>
        <translation>Última escena</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Primera página</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Última página</translation>
    </message>
    <message>
        <source>Words of dialogue per character, top %1</source>
        <translation>Palabras de diálogo por personaje, los %1 principales</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localización</translation>
    </message>
    <message>
        <source>INT/EXT</source>
        <extracomment>A location&apos;s interior or exterior column: INT, EXT or INT/EXT</extracomment>
        <translation>INT/EXT</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Momentos del día</translation>
    </message>
    <message>
        <source>Pages</source>
        <extracomment>A length in pages, counted in eighths (&quot;1 3/8&quot;)</extracomment>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Scenes per location, top %1</source>
        <translation>Escenas por localización, las %1 principales</translation>
    </message>
    <message>
        <source>Scene</source>
        <extracomment>The scene number column</extracomment>
        <translation>Escena</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Length</source>
        <extracomment>A scene&apos;s length in eighths of a page (&quot;1 3/8&quot;)</extracomment>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Personajes</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Guardar como &amp;CSV…</translation>
    </message>
    <message>
        <source>Save this tab&apos;s report as a spreadsheet file (CSV)</source>
        <translation>Guardar el informe de esta pestaña como archivo de hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Save this tab&apos;s table, as sorted, as a PDF</source>
        <translation>Guardar la tabla de esta pestaña, con el orden actual, como PDF</translation>
    </message>
    <message>
        <source>Working out the reports…</source>
        <translation>Calculando los informes…</translation>
    </message>
    <message>
        <source>This draft has no scenes yet.</source>
        <translation>Este borrador todavía no tiene escenas.</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Localizaciones</translation>
    </message>
    <message>
        <source>A PDF is still being saved; try again when it is done.</source>
        <translation>Todavía se está guardando un PDF; vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>The reports are not ready yet.</source>
        <translation>Los informes aún no están listos.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>The title line of a report saved as PDF: the script&apos;s title, then the report&apos;s name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Page numbers of a report saved as PDF</extracomment>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Guardar el informe como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>No se pudo guardar %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
</context>
<context>
    <name>Spielberg::SceneBoard</name>
    <message>
        <source>No scenes yet. Write a scene heading (INT. KITCHEN - DAY) in the editor, or develop the script from a logline.</source>
        <translation>Aún no hay escenas. Escriba un encabezado de escena (INT. COCINA - DÍA) en el editor o desarrolle el guion a partir de una logline.</translation>
    </message>
    <message>
        <source>%1 pg</source>
        <translation>%1 pág.</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <source>Tension: %1</source>
        <translation>Tensión: %1</translation>
    </message>
    <message>
        <source>Tone: %1</source>
        <translation>Tono: %1</translation>
    </message>
</context>
<context>
    <name>Spielberg::SceneCardModel</name>
    <message>
        <source>Scene %1: %2</source>
        <translation>Escena %1: %2</translation>
    </message>
    <message>
        <source>Waiting to be written…</source>
        <translation>Esperando a escribirse…</translation>
    </message>
    <message>
        <source>Being written…</source>
        <translation>Se está escribiendo…</translation>
    </message>
    <message>
        <source>Written: %1 words</source>
        <translation>Escrita: %1 palabras</translation>
    </message>
    <message>
        <source>Being written: %1 words</source>
        <translation>Se está escribiendo: %1 palabras</translation>
    </message>
</context>
<context>
    <name>Spielberg::SceneTableModel</name>
    <message>
        <source>Double-click to edit</source>
        <translation>Doble clic para editar</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ambientación</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tensión</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Personajes</translation>
    </message>
</context>
<context>
    <name>Spielberg::ScenesPage</name>
    <message>
        <source>&amp;Regenerate scene…</source>
        <translation>&amp;Regenerar escena…</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Have the model rewrite the selected scene; the rest stays as it is (Ctrl+R)</source>
        <translation>Pedir al modelo que reescriba la escena seleccionada; el resto se queda igual (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>&amp;Guion:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Escenas</translation>
    </message>
    <message>
        <source>Text of the selected scene</source>
        <translation>Texto de la escena seleccionada</translation>
    </message>
    <message>
        <source>Select a scene to read it here.</source>
        <translation>Seleccione una escena para leerla aquí.</translation>
    </message>
    <message>
        <source>The scene could not be saved: %1</source>
        <translation>No se pudo guardar la escena: %1</translation>
    </message>
    <message>
        <source>The scripts could not be read: %1</source>
        <translation>No se pudieron leer los guiones: %1</translation>
    </message>
    <message>
        <source>v%1 — %2</source>
        <translation>v%1 — %2</translation>
    </message>
    <message>
        <source>The scenes could not be read: %1</source>
        <translation>No se pudieron leer las escenas: %1</translation>
    </message>
    <message>
        <source>goal: %1</source>
        <translation>objetivo: %1</translation>
    </message>
    <message>
        <source>tension: %1</source>
        <translation>tensión: %1</translation>
    </message>
    <message>
        <source>tone: %1</source>
        <translation>tono: %1</translation>
    </message>
    <message>
        <source>The model is told the scene&apos;s %1.</source>
        <translation>El modelo recibe estos datos de la escena: %1.</translation>
    </message>
    <message>
        <source>Scene regenerated — version %1 against version %2</source>
        <translation>Escena regenerada — versión %1 frente a versión %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Versión %1 (%2)</translation>
    </message>
    <message>
        <source>The scene was rewritten as version %1.</source>
        <translation>La escena se reescribió como versión %1.</translation>
    </message>
    <message>
        <source>Regenerate scene %1 of “%2”</source>
        <translation>Regenerar la escena %1 de «%2»</translation>
    </message>
    <message>
        <source>Scene %1: %2</source>
        <translation>Escena %1: %2</translation>
    </message>
    <message>
        <source>&amp;Develop…</source>
        <translation>&amp;Desarrollar…</translation>
    </message>
    <message>
        <source>The draft: moves and edits go into the text (Ctrl+Z undoes them)</source>
        <translation>El borrador: los movimientos y cambios pasan al texto (Ctrl+Z los deshace)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Fichas</translation>
    </message>
    <message>
        <source>The story board: the draft&apos;s scenes as index cards</source>
        <translation>El tablero de corcho: las escenas del borrador como fichas</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>The scenes of any version as a table</source>
        <translation>Las escenas de cualquier versión como tabla</translation>
    </message>
    <message>
        <source>Have the model develop the script: cast, outline, then every scene</source>
        <translation>Pedir al modelo que desarrolle el guion: reparto, escaleta y después cada escena</translation>
    </message>
    <message>
        <source>Story board</source>
        <translation>Tablero de corcho</translation>
    </message>
    <message>
        <source>Continuity findings</source>
        <translation>Observaciones de continuidad</translation>
    </message>
    <message>
        <source>The card could not be saved: %1</source>
        <translation>No se pudo guardar la ficha: %1</translation>
    </message>
    <message>
        <source>The draft cannot be changed right now.</source>
        <translation>El borrador no se puede cambiar en este momento.</translation>
    </message>
    <message>
        <source>The cards were catching up with your typing; drag the card again.</source>
        <translation>Las fichas aún no se habían actualizado con lo que escribía; arrastre la ficha de nuevo.</translation>
    </message>
    <message>
        <source>Scene %1 is being written by a job. Your move stays in the draft; what the job writes comes as a new version for you to review.</source>
        <translation>Una tarea está escribiendo la escena %1. Su movimiento se queda en el borrador; lo que escriba la tarea llegará como una versión nueva para que la revise.</translation>
    </message>
    <message>
        <source>Continuity: nothing to report</source>
        <translation>Continuidad: nada que señalar</translation>
    </message>
    <message>
        <source>Click to show it in the editor</source>
        <translation>Haga clic para mostrarlo en el editor</translation>
    </message>
    <message>
        <source>Scene %1 is being written by a job. Your changes stay in the draft; what the job writes comes as a new version for you to review.</source>
        <translation>Una tarea está escribiendo la escena %1. Sus cambios se quedan en el borrador; lo que escriba la tarea llegará como una versión nueva para que la revise.</translation>
    </message>
    <message>
        <source>Kept to hold the notes of scene %1</source>
        <translation>Conservado para guardar las notas de la escena %1</translation>
    </message>
    <message>
        <source>&amp;Edit card…</source>
        <translation>&amp;Editar ficha…</translation>
    </message>
    <message>
        <source>&amp;Show in the editor</source>
        <translation>&amp;Mostrar en el editor</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Lock: never rewritten by the model</source>
        <translation>&amp;Bloquear: el modelo nunca la reescribe</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Color</translation>
    </message>
    <message>
        <source>Choose a &amp;take…</source>
        <translation>Elegir una &amp;toma…</translation>
    </message>
    <message>
        <source>Scene %1 is locked: unlock it to have it rewritten.</source>
        <translation>La escena %1 está bloqueada: desbloquéela para que se pueda reescribir.</translation>
    </message>
    <message>
        <source>Kept before regenerating scene %1</source>
        <translation>Conservado antes de regenerar la escena %1</translation>
    </message>
    <message>
        <source>The scene could not be read.</source>
        <translation>No se pudo leer la escena.</translation>
    </message>
    <message>
        <source>Tip: a goal, tension and tone for the scene (edit them on its card) steer the rewrite.</source>
        <translation>Consejo: un objetivo, una tensión y un tono para la escena (edítelos en su ficha) orientan la reescritura.</translation>
    </message>
    <message>
        <source>The cast is proposed. Keep, edit or drop characters in the Characters tab, then have the outline written for the cast you kept.</source>
        <translation>El reparto está propuesto. Conserve, edite o descarte personajes en la pestaña Personajes y después pida que se escriba la escaleta para el reparto que conservó.</translation>
    </message>
    <message>
        <source>Write the &amp;outline</source>
        <translation>Escribir la &amp;escaleta</translation>
    </message>
    <message>
        <source>The outline is on the cards. Move, edit, add, delete or lock scenes, then have every scene written.</source>
        <translation>La escaleta está en las fichas. Mueva, edite, añada, elimine o bloquee escenas y después pida que se escriba cada escena.</translation>
    </message>
    <message>
        <source>Write the &amp;scenes</source>
        <translation>Escribir las e&amp;scenas</translation>
    </message>
    <message>
        <source>The outline as edited on the cards</source>
        <translation>La escaleta tal como se editó en las fichas</translation>
    </message>
    <message>
        <source>The run could not go on: %1</source>
        <translation>No se pudo continuar el desarrollo: %1</translation>
    </message>
    <message>
        <source>The outline is being written.</source>
        <translation>Se está escribiendo la escaleta.</translation>
    </message>
    <message>
        <source>The scenes are being written.</source>
        <translation>Se están escribiendo las escenas.</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <source>Continuity (%1)</source>
        <translation>Continuidad (%1)</translation>
    </message>
    <message>
        <source>Scene %1 is locked: unlock it before deleting it.</source>
        <translation>La escena %1 está bloqueada: desbloquéela antes de eliminarla.</translation>
    </message>
    <message>
        <source>Scene %1 (%2) was deleted from the draft. Ctrl+Z brings it back.</source>
        <translation>La escena %1 (%2) se eliminó del borrador. Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>The cards were catching up with your typing; the heading and synopsis were not written. Edit the card again.</source>
        <translation>Las fichas se estaban poniendo al día con lo que escribía; el encabezado y la sinopsis no se escribieron. Edite la ficha de nuevo.</translation>
    </message>
    <message>
        <source>&amp;New scene after this one</source>
        <translation>&amp;Nueva escena después de esta</translation>
    </message>
    <message>
        <source>&amp;Delete scene</source>
        <translation>&amp;Eliminar escena</translation>
    </message>
    <message>
        <source>The model is at work on this script; the cards appear as soon as it has laid out the scenes.</source>
        <translation>El modelo está trabajando en este guion; las fichas aparecen en cuanto haya trazado las escenas.</translation>
    </message>
    <message>
        <source>The take you chose is version %1; the other takes stay with the job.</source>
        <translation>La toma elegida es la versión %1; las demás tomas se quedan con la tarea.</translation>
    </message>
    <message>
        <source>The %1 takes of the scene are ready to compare.</source>
        <translation>Las %1 tomas de la escena están listas para comparar.</translation>
    </message>
    <message>
        <source>The scene you were editing changed in the text; its card was closed without saving. Open it again to edit it.</source>
        <translation>La escena que estaba editando cambió en el texto; su ficha se cerró sin guardar. Ábrala de nuevo para editarla.</translation>
    </message>
    <message>
        <source>The scene you were editing changed in the text; the card was not saved.</source>
        <translation>La escena que estaba editando cambió en el texto; la ficha no se guardó.</translation>
    </message>
    <message>
        <source>The outline (version %1) is not in your draft yet: your typing kept it out. Review it in the Scripts tab and take it, then write the scenes.</source>
        <translation>La escaleta (versión %1) aún no está en su borrador: lo que escribió la dejó fuera. Revísela en la pestaña Guiones y adóptela; después haga escribir las escenas.</translation>
    </message>
</context>
<context>
    <name>Spielberg::ScriptDialog</name>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Desbloquear…</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>Guion nuevo</translation>
    </message>
    <message>
        <source>The title on the cover page</source>
        <translation>El título de la portada</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>One or two sentences: who wants what, and what stands in the way</source>
        <translation>Una o dos frases: quién quiere qué y qué se lo impide</translation>
    </message>
    <message>
        <source>Logline</source>
        <translation>Logline</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Allow changing genre and tone of a script that has versions</source>
        <translation>Permitir cambiar el género y el tono de un guion que ya tiene versiones</translation>
    </message>
    <message>
        <source>Characters in this script</source>
        <translation>Personajes de este guion</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Logline:</source>
        <translation>&amp;Logline:</translation>
    </message>
    <message>
        <source>&amp;Genre and tone:</source>
        <translation>&amp;Género y tono:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Characters:</source>
        <translation>&amp;Personajes:</translation>
    </message>
    <message>
        <source>Script details</source>
        <translation>Detalles del guion</translation>
    </message>
    <message>
        <source>The library has no characters yet (Characters tab, Ctrl+2).</source>
        <translation>La biblioteca aún no tiene personajes (pestaña Personajes, Ctrl+2).</translation>
    </message>
    <message>
        <source>🔒 Locked: every version and every generation of this script uses this genre and tone.</source>
        <translation>🔒 Bloqueado: todas las versiones y generaciones de este guion usan este género y este tono.</translation>
    </message>
    <message>
        <source>Unlock genre and tone</source>
        <translation>Desbloquear género y tono</translation>
    </message>
    <message>
        <source>This script already has versions written in this genre and tone. Changing them makes new generations follow the new ones, and may not match what exists. Unlock anyway?</source>
        <translation>Este guion ya tiene versiones escritas con este género y este tono. Si los cambia, las nuevas generaciones seguirán los nuevos, y puede que no encajen con lo que ya existe. ¿Desbloquear de todos modos?</translation>
    </message>
    <message>
        <source>A script needs a title.</source>
        <translation>Un guion necesita un título.</translation>
    </message>
</context>
<context>
    <name>Spielberg::ScriptListModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
</context>
<context>
    <name>Spielberg::ScriptView</name>
    <message>
        <source>Your draft could not be saved: %1. It stays in the editor; try Ctrl+S.</source>
        <translation>No se pudo guardar su borrador: %1. Se conserva en el editor; pruebe con Ctrl+S.</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Borrador guardado</translation>
    </message>
    <message>
        <source>&amp;Details &amp;&amp; characters…</source>
        <translation>&amp;Detalles &amp;&amp; personajes…</translation>
    </message>
    <message>
        <source>Title, logline, genre, tone, format and characters</source>
        <translation>Título, logline, género, tono, formato y personajes</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Save the draft now (Ctrl+S); it is also saved as you type</source>
        <translation>Guardar el borrador ahora (Ctrl+S); también se guarda mientras escribe</translation>
    </message>
    <message>
        <source>Save as version</source>
        <translation>Guardar como versión</translation>
    </message>
    <message>
        <source>Keep the draft as a new numbered version (Ctrl+Shift+S)</source>
        <translation>Conservar el borrador como una versión numerada nueva (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation>Generar…</translation>
    </message>
    <message>
        <source>Ask the model for a new version (Ctrl+G)</source>
        <translation>Pedir al modelo una versión nueva (Ctrl+G)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find and replace in the script (Ctrl+F, Ctrl+H)</source>
        <translation>Buscar y reemplazar en el guion (Ctrl+F, Ctrl+H)</translation>
    </message>
    <message>
        <source>Scenes of the draft</source>
        <translation>Escenas del borrador</translation>
    </message>
    <message>
        <source>Click a scene to go to it</source>
        <translation>Haga clic en una escena para ir a ella</translation>
    </message>
    <message>
        <source>Pasting a long text…</source>
        <translation>Pegando un texto largo…</translation>
    </message>
    <message>
        <source>Paste progress</source>
        <translation>Progreso del pegado</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop here; what was pasted so far stays (Ctrl+Z removes it)</source>
        <translation>Detener aquí; lo pegado hasta ahora se conserva (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Escenas</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>The scenes of the draft; click one to go to it</source>
        <translation>Las escenas del borrador; haga clic en una para ir a ella</translation>
    </message>
    <message>
        <source>Every saved and generated version of this script</source>
        <translation>Todas las versiones guardadas y generadas de este guion</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No script open&lt;/h3&gt;&lt;p&gt;Choose a script in the list, or make a new one with &lt;b&gt;New&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ningún guion abierto&lt;/h3&gt;&lt;p&gt;Elija un guion de la lista o cree uno nuevo con &lt;b&gt;Nuevo&lt;/b&gt; (Ctrl+N).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The script could not be opened: %1</source>
        <translation>No se pudo abrir el guion: %1</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>No se pudieron leer las versiones: %1</translation>
    </message>
    <message>
        <source>The draft could not be read: %1</source>
        <translation>No se pudo leer el borrador: %1</translation>
    </message>
    <message>
        <source>no genre</source>
        <translation>sin género</translation>
    </message>
    <message>
        <source>no tone</source>
        <translation>sin tono</translation>
    </message>
    <message>
        <source>(genre and tone locked)</source>
        <extracomment>genre and tone can no longer change without unlocking them</extracomment>
        <translation>(género y tono bloqueados)</translation>
    </message>
    <message>
        <source>Genre and tone are locked: every version and generation uses them. Unlock them in Details.</source>
        <translation>El género y el tono están bloqueados: todas las versiones y generaciones los usan. Desbloquéelos en Detalles.</translation>
    </message>
    <message>
        <source>Characters: none attached — add them in Details</source>
        <translation>Personajes: ninguno asociado; añádalos en Detalles</translation>
    </message>
    <message>
        <source>Characters: %1</source>
        <translation>Personajes: %1</translation>
    </message>
    <message>
        <source>The version could not be saved: %1</source>
        <translation>No se pudo guardar la versión: %1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Guardado como versión %1.</translation>
    </message>
    <message>
        <source>A note for this version (optional):</source>
        <translation>Una nota para esta versión (opcional):</translation>
    </message>
    <message>
        <source>The details could not be saved: %1</source>
        <translation>No se pudieron guardar los detalles: %1</translation>
    </message>
    <message>
        <source>Kept before restoring version %1</source>
        <translation>Conservada antes de restaurar la versión %1</translation>
    </message>
    <message>
        <source>The version could not be restored: %1</source>
        <translation>No se pudo restaurar la versión: %1</translation>
    </message>
    <message>
        <source>Version %1 is the draft again, kept as version %2.</source>
        <translation>La versión %1 vuelve a ser el borrador; se conservó como versión %2.</translation>
    </message>
    <message>
        <source>The model also gets: %1, the characters in Details, and the newest version as the starting point.</source>
        <translation>El modelo también recibe: %1, los personajes de Detalles y la versión más reciente como punto de partida.</translation>
    </message>
    <message>
        <source>Develop…</source>
        <translation>Desarrollar…</translation>
    </message>
    <message>
        <source>Have the model develop the script: cast, outline, then every scene</source>
        <translation>Pedir al modelo que desarrolle el guion: reparto, escaleta y después cada escena</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Show the pages as they will print beside the text (Ctrl+Shift+P)</source>
        <translation>Mostrar las páginas tal como se imprimirán junto al texto (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <source>Version %1, locked as the white draft, is gone: revision marks are off.</source>
        <translation>La versión %1, bloqueada como versión blanca, ya no existe: las marcas de revisión están desactivadas.</translation>
    </message>
    <message>
        <source>The version could not be locked: %1</source>
        <translation>No se pudo bloquear la versión: %1</translation>
    </message>
    <message>
        <source>Version %1 is the locked white draft: every change since is marked with * in the margin, and exported pages print as revisions.</source>
        <translation>La versión %1 es la versión blanca bloqueada: cada cambio desde entonces se marca con * en el margen y las páginas exportadas se imprimen como revisiones.</translation>
    </message>
    <message>
        <source>Version %1 was added since you left this script; it is in the editor now.</source>
        <translation>La versión %1 se añadió desde que dejó este guion; ahora está en el editor.</translation>
    </message>
    <message>
        <source>Version %1 is newer than your draft, which holds typing of yours.</source>
        <translation>La versión %1 es más reciente que su borrador, que contiene cambios suyos.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
</context>
<context>
    <name>Spielberg::ScriptsPage</name>
    <message>
        <source>Search titles, loglines, scripts and characters…</source>
        <translation>Buscar títulos, loglines, guiones y personajes…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Show genre</source>
        <translation>Mostrar género</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>Todos los géneros</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Guiones</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start a new script (Ctrl+N)</source>
        <translation>Empezar un guion nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Title, logline, genre, tone, format and characters</source>
        <translation>Título, logline, género, tono, formato y personajes</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected script with all its versions</source>
        <translation>Eliminar el guion seleccionado con todas sus versiones</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>No se pudo leer la biblioteca: %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Error en la búsqueda: %1</translation>
    </message>
    <message>
        <source>The script could not be created: %1</source>
        <translation>No se pudo crear el guion: %1</translation>
    </message>
    <message>
        <source>Delete “%1” with all its versions, scenes and its draft? This cannot be undone.</source>
        <translation>¿Eliminar «%1» con todas sus versiones, sus escenas y su borrador? Esta acción no se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>%n generation job(s) for it will be cancelled.</source>
        <translation>
            <numerusform>Se cancelará %n tarea de generación asociada.</numerusform>
            <numerusform>Se cancelarán %n tareas de generación asociadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete script</source>
        <translation>Eliminar guion</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>The script could not be deleted: %1</source>
        <translation>No se pudo eliminar el guion: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
    <message>
        <source>Version %1 of “%2” arrived from the model.</source>
        <translation>Ha llegado del modelo la versión %1 de «%2».</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>Spielberg::SettingsDialog</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>Pro&amp;bar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Anthropic (Claude)</source>
        <translation>Anthropic (Claude)</translation>
    </message>
    <message>
        <source>OpenAI-compatible (OpenAI, OpenRouter, Ollama, llama.cpp, LM Studio)</source>
        <translation>Compatible con OpenAI (OpenAI, OpenRouter, Ollama, llama.cpp, LM Studio)</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Ask the provider which models it offers</source>
        <translation>Preguntar al proveedor qué modelos ofrece</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Check the address and the key with the provider</source>
        <translation>Comprobar la dirección y la clave con el proveedor</translation>
    </message>
    <message>
        <source>How many generation jobs run at the same time</source>
        <translation>Cuántas tareas de generación se ejecutan a la vez</translation>
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
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>Proveedor del modelo</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Longest &amp;answer:</source>
        <translation>Longitud máxima de &amp;respuesta:</translation>
    </message>
    <message>
        <source>A local model needs no key: choose OpenAI-compatible and an address such as http://localhost:11434/v1 (Ollama). Keys are kept in the system keychain, never in files.</source>
        <translation>Un modelo local no necesita clave: elija «Compatible con OpenAI» y una dirección como http://localhost:11434/v1 (Ollama). Las claves se guardan en el llavero del sistema, nunca en archivos.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Jobs at &amp;once:</source>
        <translation>&amp;Tareas simultáneas:</translation>
    </message>
    <message>
        <source>&amp;Time limit per job:</source>
        <translation>&amp;Límite de tiempo por tarea:</translation>
    </message>
    <message>
        <source>Give up on a &amp;silent stream after:</source>
        <translation>Abandonar un flujo &amp;inactivo tras:</translation>
    </message>
    <message>
        <source>PDF &amp;paper:</source>
        <translation>Pap&amp;el del PDF:</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Leyendo el llavero…</translation>
    </message>
    <message>
        <source>No keychain: %1</source>
        <translation>No hay llavero: %1</translation>
    </message>
    <message>
        <source>•••••••• (stored; type to replace)</source>
        <translation>•••••••• (guardada; escriba para reemplazarla)</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Pegue su clave de API</translation>
    </message>
    <message>
        <source>Asking the provider for its models…</source>
        <translation>Preguntando al proveedor por sus modelos…</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) available.</source>
        <translation>
            <numerusform>%n modelo disponible.</numerusform>
            <numerusform>%n modelos disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key could not be stored in the keychain: %1</source>
        <translation>No se pudo guardar la clave en el llavero: %1</translation>
    </message>
    <message>
        <source>Export and language</source>
        <translation>Exportación e idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>The language of the window; it changes the next time Spielberg starts</source>
        <translation>El idioma de la ventana; cambia la próxima vez que se inicie Spielberg</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>S&amp;mart typing: Enter and Tab move between screenplay elements</source>
        <translation>Escritura &amp;inteligente: Intro y Tab pasan de un elemento del guion a otro</translation>
    </message>
    <message>
        <source>Print (&amp;CONT&apos;D) when a character speaks again after action</source>
        <translation>Imprimir (&amp;CONT&apos;D) cuando un personaje vuelve a hablar tras una acción</translation>
    </message>
    <message>
        <source>Added on the printed pages and the page view, never typed into the text</source>
        <translation>Se añade en las páginas impresas y en la vista de páginas, nunca en el texto</translation>
    </message>
    <message>
        <source>The key comes from %1 in the environment, so none needs storing here.</source>
        <translation>La clave viene de %1 en el entorno; no hace falta guardar ninguna aquí.</translation>
    </message>
    <message>
        <source>Without a keychain, set %1 in the environment before starting Spielberg: the app and spielberg-cli read the key from there.</source>
        <translation>Sin llavero, defina %1 en el entorno antes de iniciar Spielberg: la aplicación y spielberg-cli leen la clave de ahí.</translation>
    </message>
</context>
<context>
    <name>Spielberg::SmartTyping</name>
    <message>
        <source>Completions</source>
        <translation>Sugerencias</translation>
    </message>
</context>
<context>
    <name>Spielberg::TakesDialog</name>
    <message>
        <source>Takes of scene %1 — %2</source>
        <translation>Tomas de la escena %1 — %2</translation>
    </message>
    <message>
        <source>Each take beside the scene as it stands; marked lines are new. Choose one: it becomes a new version, and the others stay with the job.</source>
        <translation>Cada toma junto a la escena tal como está; las líneas marcadas son nuevas. Elija una: se convierte en una versión nueva, y las demás se quedan en la tarea.</translation>
    </message>
    <message>
        <source>The scene now</source>
        <translation>La escena actual</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>Toma %1</translation>
    </message>
    <message>
        <source>Choose take &amp;%1</source>
        <translation>Elegir la toma &amp;%1</translation>
    </message>
    <message>
        <source>%1 lines new, %2 gone</source>
        <translation>%1 líneas nuevas, %2 eliminadas</translation>
    </message>
    <message>
        <source>This scene has no takes to choose from.</source>
        <translation>Esta escena no tiene tomas para elegir.</translation>
    </message>
    <message>
        <source>The take could not be used: %1</source>
        <translation>No se pudo usar la toma: %1</translation>
    </message>
    <message>
        <source>No version was made: the scene changed after the takes were written (%1). Your text is as it was; regenerate the scene to have takes of it as it is now.</source>
        <translation>No se creó ninguna versión: la escena cambió después de que se escribieran las tomas (%1). Su texto sigue como estaba; regenere la escena para obtener tomas de su estado actual.</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 líneas</translation>
    </message>
</context>
<context>
    <name>Spielberg::VersionListModel</name>
    <message>
        <source>Made from v%1</source>
        <translation>Creada a partir de v%1</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Tarea %1</translation>
    </message>
    <message>
        <source>Version</source>
        <extracomment>a version&apos;s number, v1, v2…</extracomment>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Locked as the white draft: revision marks and page numbers count from it.</source>
        <translation>Bloqueada como versión blanca: las marcas de revisión y los números de página parten de ella.</translation>
    </message>
    <message>
        <source>v%1 (locked)</source>
        <extracomment>the version locked as the white draft of production revisions, in the versions list</extracomment>
        <translation>v%1 (bloqueada)</translation>
    </message>
</context>
<context>
    <name>Spielberg::VersionPane</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Res&amp;taurar</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Historial de versiones</translation>
    </message>
    <message>
        <source>Select one version to view or restore it, or to compare it with the draft; select two to compare them</source>
        <translation>Seleccione una versión para verla, restaurarla o compararla con el borrador; seleccione dos para compararlas entre sí</translation>
    </message>
    <message>
        <source>Read the selected version (Enter)</source>
        <translation>Leer la versión seleccionada (Enter)</translation>
    </message>
    <message>
        <source>Compare two selected versions, or one with the draft</source>
        <translation>Comparar dos versiones seleccionadas, o una con el borrador</translation>
    </message>
    <message>
        <source>Make the selected version the draft again (as a new version; nothing is lost)</source>
        <translation>Convertir de nuevo la versión seleccionada en el borrador (como versión nueva; no se pierde nada)</translation>
    </message>
    <message>
        <source>%1 — version %2 (read-only)</source>
        <translation>%1 — versión %2 (solo lectura)</translation>
    </message>
    <message>
        <source>%1 · %2%3</source>
        <translation>%1 · %2%3</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurar esta versión</translation>
    </message>
    <message>
        <source>Your draft</source>
        <translation>Su borrador</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Versión %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — compare</source>
        <translation>%1 — comparar</translation>
    </message>
    <message>
        <source>&amp;Compare with draft</source>
        <translation>&amp;Comparar con el borrador</translation>
    </message>
    <message>
        <source>&amp;Lock as the white draft</source>
        <translation>&amp;Bloquear como versión blanca</translation>
    </message>
    <message>
        <source>Production revisions: changes made after this version are marked with * and print on coloured pages</source>
        <translation>Revisiones de producción: los cambios posteriores a esta versión se marcan con * y se imprimen en páginas de color</translation>
    </message>
</context>
<context>
    <name>Spielberg::WelcomeDialog</name>
    <message>
        <source>Welcome to Spielberg</source>
        <translation>Bienvenido a Spielberg</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Spielberg&lt;/h2&gt;&lt;p&gt;Write screenplays in Fountain, keep every version, build a bible of your characters, and let a language model draft scripts and scenes while you watch them being written.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, except what you send to the model you choose.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a Spielberg&lt;/h2&gt;&lt;p&gt;Escriba guiones en Fountain, conserve cada versión, cree la biblia de sus personajes y deje que un modelo de lenguaje esboce guiones y escenas mientras ve cómo se escriben.&lt;/p&gt;&lt;p&gt;Todo se queda en este ordenador, salvo lo que envíe al modelo que elija.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a &amp;sample script</source>
        <translation>Abrir un guion de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Set up a &amp;model…</source>
        <translation>Configurar un &amp;modelo…</translation>
    </message>
    <message>
        <source>Start &amp;writing</source>
        <translation>Empezar a &amp;escribir</translation>
    </message>
</context>
</TS>
