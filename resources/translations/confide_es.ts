<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US">
<context>
    <name>CrisisPanel</name>
    <message>
        <source>Confide</source>
        <translation>Confide</translation>
    </message>
    <message>
        <source>Crisis help: people you can reach right now</source>
        <translation>Ayuda en una crisis: personas con las que puede hablar ahora mismo</translation>
    </message>
    <message>
        <source>Numbers checked {date}.</source>
        <translation>Números verificados el {date}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close help panel</source>
        <translation>Cerrar el panel de ayuda</translation>
    </message>
    <message>
        <source>Call or text {number}</source>
        <translation>Llame o envíe un texto al {number}</translation>
    </message>
    <message>
        <source>{name}: {number}</source>
        <translation>{name}: {number}</translation>
    </message>
    <message>
        <source>What happens, and who is told</source>
        <translation>Qué pasa y quién se entera</translation>
    </message>
    <message>
        <source>Set by your organization.</source>
        <translation>Lo indica su organización.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Sources: {links}</source>
        <translation>Fuentes: {links}</translation>
    </message>
    <message>
        <source>Sources for {name}</source>
        <translation>Fuentes de {name}</translation>
    </message>
    <message>
        <source>{action}, {name}</source>
        <translation>{action}, {name}</translation>
    </message>
    <message>
        <source>address</source>
        <translation>la dirección</translation>
    </message>
    <message>
        <source>Copy {what}</source>
        <translation>Copiar {what}</translation>
    </message>
    <message>
        <source>Copy {target}</source>
        <translation>Copiar {target}</translation>
    </message>
    <message>
        <source>Copy {number}</source>
        <translation>Copiar {number}</translation>
    </message>
    <message>
        <source>Copy the number {number}</source>
        <translation>Copiar el número {number}</translation>
    </message>
    <message>
        <source>Copied {text}.</source>
        <translation>Se copió {text}.</translation>
    </message>
    <message>
        <source>Opening the page in your web browser. If nothing opens, go to {url}</source>
        <translation>Abriendo la página en su navegador. Si no se abre nada, vaya a {url}</translation>
    </message>
    <message>
        <source>Handed to your messaging app. If nothing opens, text from any phone: {how}</source>
        <translation>Se pasó a su aplicación de mensajes. Si no se abre nada, desde cualquier teléfono: {how}</translation>
    </message>
    <message>
        <source>Handed to your phone app. When the call connects, press {press}.</source>
        <translation>Se pasó a su aplicación de teléfono. Cuando la llamada conecte, oprima {press}.</translation>
    </message>
    <message>
        <source>Handed to your phone app. If no call starts, dial {number} on any phone.</source>
        <translation>Se pasó a su aplicación de teléfono. Si no empieza la llamada, marque el {number} desde cualquier teléfono.</translation>
    </message>
    <message>
        <source>No web browser opened. Go to {url} on any computer or phone.</source>
        <translation>No se abrió ningún navegador. Vaya a {url} desde cualquier computadora o teléfono.</translation>
    </message>
    <message>
        <source>This computer can&apos;t send text messages — from any phone: {how}</source>
        <translation>Esta computadora no puede enviar mensajes de texto — desde cualquier teléfono: {how}</translation>
    </message>
    <message>
        <source>This computer has no videophone app — call {number} from a videophone.</source>
        <translation>Esta computadora no tiene aplicación de videoteléfono — llame al {number} desde un videoteléfono.</translation>
    </message>
    <message>
        <source>This computer can&apos;t place calls — dial {number} on any phone, then press {press}.</source>
        <translation>Esta computadora no puede hacer llamadas — marque el {number} desde cualquier teléfono y luego oprima {press}.</translation>
    </message>
    <message>
        <source>This computer can&apos;t place calls — dial {number} on any phone.</source>
        <translation>Esta computadora no puede hacer llamadas — marque el {number} desde cualquier teléfono.</translation>
    </message>
    <message>
        <source>text {keyword} to {number}.</source>
        <translation>envíe {keyword} por texto al {number}.</translation>
    </message>
    <message>
        <source>text {number}.</source>
        <translation>envíe un texto al {number}.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language (Idioma)</source>
        <translation>Idioma (Language)</translation>
    </message>
    <message>
        <source>Same as my computer</source>
        <translation>El mismo de mi computadora</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Quick unlock is off.</source>
        <translation>El desbloqueo rápido está desactivado.</translation>
    </message>
    <message>
        <source>Quick unlock has expired.</source>
        <translation>El desbloqueo rápido venció.</translation>
    </message>
    <message>
        <source>The quick-unlock key is no longer in this computer&apos;s keyring.</source>
        <translation>La llave de desbloqueo rápido ya no está en el llavero de esta computadora.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring cannot be reached.</source>
        <translation>No se puede acceder al llavero de esta computadora.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault.</source>
        <translation>Esa frase de contraseña no abre esta caja fuerte.</translation>
    </message>
    <message>
        <source>That recovery code does not open this vault.</source>
        <translation>Ese código de recuperación no abre esta caja fuerte.</translation>
    </message>
    <message>
        <source>A recovery code has 28 letters and digits, in 7 groups of 4.</source>
        <translation>Un código de recuperación tiene 28 letras y números, en 7 grupos de 4.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring is not available, so quick unlock cannot be used. Please use your passphrase.</source>
        <translation>El llavero de esta computadora no está disponible, así que no se puede usar el desbloqueo rápido. Use su frase de contraseña.</translation>
    </message>
    <message>
        <source>Quick unlock ended.</source>
        <translation>El desbloqueo rápido terminó.</translation>
    </message>
    <message>
        <source>{reason} Please use your passphrase.</source>
        <translation>{reason} Use su frase de contraseña.</translation>
    </message>
    <message>
        <source>The vault files are damaged or are not a Confide vault. They have been left untouched. You can restore your data from a backup.</source>
        <translation>Los archivos de la caja fuerte están dañados o no son de Confide. No se tocaron. Puede restaurar sus datos desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Part of the vault is missing from this folder. Nothing was changed. If you moved it, put it back; otherwise you can restore from a backup.</source>
        <translation>Falta una parte de la caja fuerte en esta carpeta. No se cambió nada. Si la movió, vuelva a ponerla aquí; si no, puede restaurar desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of Confide. Please update Confide to open it; the vault has not been changed.</source>
        <translation>Esta caja fuerte se guardó con una versión más nueva de Confide. Actualice Confide para abrirla; la caja fuerte no se cambió.</translation>
    </message>
    <message>
        <source>Confide is already open in another window. Close it, then try again.</source>
        <translation>Confide ya está abierto en otra ventana. Ciérrelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again.</source>
        <translation>El disco está lleno. Libere algo de espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Please choose a stronger passphrase.</source>
        <translation>Elija una frase de contraseña más segura.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña todavía no son iguales.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Algo salió mal. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Confide</source>
        <translation>Confide</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Opening your vault</source>
        <translation>Abriendo su caja fuerte</translation>
    </message>
    <message>
        <source>Need &amp;help now?</source>
        <translation>¿Necesita &amp;ayuda ahora?</translation>
    </message>
    <message>
        <source>Need help now? Open crisis contacts without unlocking</source>
        <translation>¿Necesita ayuda ahora? Abrir los contactos para crisis sin desbloquear</translation>
    </message>
    <message>
        <source>&amp;Find confidential help…</source>
        <translation>&amp;Buscar ayuda confidencial…</translation>
    </message>
    <message>
        <source>Find confidential help: the directory, without unlocking</source>
        <translation>Buscar ayuda confidencial: el directorio, sin desbloquear</translation>
    </message>
    <message>
        <source>Demo vault — passphrase: {passphrase}</source>
        <translation>Caja fuerte de demostración — frase de contraseña: {passphrase}</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Quick unlock</source>
        <translation>Desbloqueo &amp;rápido</translation>
    </message>
    <message>
        <source>Quick unlock with this computer&apos;s keyring</source>
        <translation>Desbloqueo rápido con el llavero de esta computadora</translation>
    </message>
    <message>
        <source>Your recovery code worked. Please choose a new passphrase before you continue: your old one will no longer open the vault.</source>
        <translation>Su código de recuperación funcionó. Elija una nueva frase de contraseña antes de continuar: la anterior ya no abrirá la caja fuerte.</translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Guardar y continuar</translation>
    </message>
    <message>
        <source>Save the new passphrase and continue</source>
        <translation>Guardar la nueva frase de contraseña y continuar</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Intentar de nuevo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Elija una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Your vault could not be opened</source>
        <translation>No se pudo abrir su caja fuerte</translation>
    </message>
    <message>
        <source>Your vault is locked.</source>
        <translation>Su caja fuerte está cerrada con llave.</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Código de recuperación</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Use my &amp;passphrase</source>
        <translation>Usar mi &amp;frase de contraseña</translation>
    </message>
    <message>
        <source>Use &amp;recovery code</source>
        <translation>Usar el &amp;código de recuperación</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Score: {score} out of {most} ({percent} out of 100)</source>
        <translation>Puntuación: {score} de {most} ({percent} de 100)</translation>
    </message>
    <message>
        <source>Score: {score} out of {most}</source>
        <translation>Puntuación: {score} de {most}</translation>
    </message>
    <message>
        <source>Your {title} result</source>
        <translation>Su resultado del {title}</translation>
    </message>
    <message>
        <source>&amp;Find help</source>
        <translation>&amp;Buscar ayuda</translation>
    </message>
    <message>
        <source>Find confidential help</source>
        <translation>Buscar ayuda confidencial</translation>
    </message>
    <message>
        <source>Opens the directory of confidential resources: crisis lines, the EAP and others</source>
        <translation>Abre el directorio de recursos confidenciales: líneas de crisis, el EAP y otros</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>What might help</source>
        <translation>Qué le puede ayudar</translation>
    </message>
    <message>
        <source>Suggested next steps</source>
        <translation>Próximos pasos sugeridos</translation>
    </message>
    <message>
        <source>How health workers answer</source>
        <translation>Cómo responden los trabajadores de la salud</translation>
    </message>
    <message>
        <source>Source: {link}</source>
        <translation>Fuente: {link}</translation>
    </message>
    <message>
        <source>Reference figure</source>
        <translation>Dato de referencia</translation>
    </message>
    <message>
        <source>About this questionnaire</source>
        <translation>Sobre este cuestionario</translation>
    </message>
    <message>
        <source>{name}. Source: {link}</source>
        <translation>{name}. Fuente: {link}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Licence and attribution</source>
        <translation>Licencia y atribución</translation>
    </message>
    <message>
        <source>Result heading</source>
        <translation>Título del resultado</translation>
    </message>
    <message>
        <source>This questionnaire is shown in English: Confide offers a translation only once its published wording has been checked.</source>
        <translation>Este cuestionario se muestra en inglés: Confide ofrece una traducción solo cuando se ha verificado su texto publicado.</translation>
    </message>
    <message>
        <source>Language of this questionnaire</source>
        <translation>Idioma de este cuestionario</translation>
    </message>
    <message>
        <source>Please talk to someone</source>
        <translation>Por favor, hable con alguien</translation>
    </message>
    <message>
        <source>What your answer means</source>
        <translation>Qué significa su respuesta</translation>
    </message>
    <message>
        <source>&amp;Call or text 988</source>
        <translation>&amp;Llamar o enviar un texto al 988</translation>
    </message>
    <message>
        <source>Call or text 988: show the crisis lines</source>
        <translation>Llamar o enviar un texto al 988: mostrar las líneas de crisis</translation>
    </message>
    <message>
        <source>Opens the crisis panel: 988 by call, text or chat, and your other contacts</source>
        <translation>Abre el panel de crisis: el 988 por llamada, texto o chat, y sus otros contactos</translation>
    </message>
    <message>
        <source>Open my &amp;safety plan</source>
        <translation>Abrir mi plan de &amp;seguridad</translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation>Abrir mi plan de seguridad</translation>
    </message>
    <message>
        <source>What to do today</source>
        <translation>Qué hacer hoy</translation>
    </message>
    <message>
        <source>Your score</source>
        <translation>Su puntuación</translation>
    </message>
    <message>
        <source>About your score</source>
        <translation>Sobre su puntuación</translation>
    </message>
    <message>
        <source>Score range: {band}</source>
        <translation>Rango de puntuación: {band}</translation>
    </message>
    <message>
        <source>One answer worth a closer look</source>
        <translation>Una respuesta que vale la pena mirar con más atención</translation>
    </message>
    <message>
        <source>{question}
Your answer: {answer} (not added to the score)</source>
        <translation>{question}
Su respuesta: {answer} (no se suma a la puntuación)</translation>
    </message>
    <message>
        <source>How much these problems get in the way</source>
        <translation>Cuánto le afectan estos problemas</translation>
    </message>
</context>
</TS>
