<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Confide</source>
        <translation>Acerca de Confide</translation>
    </message>
    <message>
        <source>Confide {version}</source>
        <translation>Confide {version}</translation>
    </message>
    <message>
        <source>Confide is free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Confide es software libre: puede compartirlo y modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior (GPL-3.0-or-later). Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <source>Show the &amp;license</source>
        <translation>Mostrar la &amp;licencia</translation>
    </message>
    <message>
        <source>Show the full license text</source>
        <translation>Mostrar el texto completo de la licencia</translation>
    </message>
    <message>
        <source>License text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <source>Confide is built on these components:</source>
        <translation>Confide está hecho con estos componentes:</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Componentes de terceros</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>The full license texts and notices are in {folder}.</source>
        <translation>Los textos completos de las licencias y los avisos están en {folder}.</translation>
    </message>
    <message>
        <source>The installed program carries the full license texts and notices in its LICENSES folder, with the data Confide ships (GeoNames, US Census, Open Referral HSDS).</source>
        <translation>El programa instalado trae los textos completos de las licencias y los avisos en su carpeta LICENSES, junto con los datos que incluye Confide (GeoNames, US Census, Open Referral HSDS).</translation>
    </message>
    <message>
        <source>Hide the &amp;license</source>
        <translation>Ocultar la &amp;licencia</translation>
    </message>
    <message>
        <source>not stated by the package; see the notices</source>
        <translation>el paquete no lo indica; consulte los avisos</translation>
    </message>
</context>
<context>
    <name>AppearanceGroup</name>
    <message>
        <source>Same as my computer</source>
        <translation>El mismo de mi computadora</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup carries your vault&apos;s key, locked only by the backup passphrase. An old backup and its passphrase still open the data it holds, even after you change your passphrase or re-encrypt the vault. Delete backups you no longer need.</source>
        <translation>La copia de seguridad lleva la llave de su caja fuerte, protegida solo por la frase de contraseña de la copia. Una copia antigua y su frase de contraseña siguen abriendo los datos que contiene, aunque usted cambie su frase de contraseña o vuelva a cifrar la caja fuerte. Borre las copias de seguridad que ya no necesite.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Make a backup</source>
        <translation>Hacer una copia de seguridad</translation>
    </message>
    <message>
        <source>The backup is one encrypted file. Choose a passphrase for it (it can differ from your everyday one) and keep it apart from the file. Confide restores the file on any computer; it can also be opened with the standard “age” tool (age -d) and this passphrase.</source>
        <translation>La copia de seguridad es un solo archivo cifrado. Elija una frase de contraseña para ella (puede ser distinta de la que usa todos los días) y guárdela lejos del archivo. Confide restaura el archivo en cualquier computadora; también se puede abrir con la herramienta estándar “age” (age -d) y esta frase de contraseña.</translation>
    </message>
    <message>
        <source>&amp;Make backup</source>
        <translation>&amp;Hacer la copia</translation>
    </message>
    <message>
        <source>&amp;Backup passphrase</source>
        <translation>&amp;Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>&amp;Escríbala otra vez</translation>
    </message>
</context>
<context>
    <name>BackupGroup</name>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>A backup is one encrypted file you can keep on a USB stick or another disk. It opens with its own backup passphrase in Confide, or with the standard “age” tool.</source>
        <translation>Una copia de seguridad es un solo archivo cifrado que puede guardar en una memoria USB o en otro disco. Se abre con su propia frase de contraseña en Confide, o con la herramienta estándar “age”.</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Hacer una copia de seg&amp;uridad…</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Hacer una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore from a bac&amp;kup…</source>
        <translation>R&amp;estaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Guardar la copia de seguridad como</translation>
    </message>
    <message>
        <source>Confide backups (*.age)</source>
        <translation>Copias de seguridad de Confide (*.age)</translation>
    </message>
    <message>
        <source>The backup is saved. Keep its passphrase apart from the file.</source>
        <translation>Se guardó la copia de seguridad. Mantenga su frase de contraseña lejos del archivo.</translation>
    </message>
    <message>
        <source>Restoring replaces the vault on this computer with the one in the backup. Anything recorded here since that backup was made is deleted with the current vault, so no old key is left behind. Make a backup first if you may want it back. Confide will lock now and open the restored vault with the new passphrase you choose.</source>
        <translation>Al restaurar, la caja fuerte de esta computadora se reemplaza por la de la copia de seguridad. Todo lo que se registró aquí después de hacer esa copia se borra junto con la caja fuerte actual, para que no quede ninguna llave antigua. Si tal vez quiera recuperarlo, haga primero una copia de seguridad. Confide se bloqueará ahora y abrirá la caja fuerte restaurada con la nueva frase de contraseña que usted elija.</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Elegir una copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>BandAdvice</name>
    <message>
        <source>Your answers show few or no signs of depression over the last two weeks. This is a screening result, not a diagnosis.</source>
        <translation>Sus respuestas muestran pocas o ninguna señal de depresión en las últimas dos semanas. Este es un resultado de tamizaje, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Keep doing what helps you.</source>
        <translation>Siga haciendo lo que le ayuda.</translation>
    </message>
    <message>
        <source>Take it again in about two weeks to see how things change.</source>
        <translation>Vuelva a contestarlo en unas dos semanas para ver cómo cambian las cosas.</translation>
    </message>
    <message>
        <source>Your answers suggest mild symptoms of depression over the last two weeks. Many people feel this way at times, especially during hard stretches at work. This is a screening result, not a diagnosis.</source>
        <translation>Sus respuestas sugieren síntomas leves de depresión en las últimas dos semanas. Muchas personas se sienten así a veces, sobre todo en temporadas difíciles en el trabajo. Este es un resultado de tamizaje, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Small things count: sleep when you can, eat regular meals, and spend a little time with someone who is good for you.</source>
        <translation>Las cosas pequeñas cuentan: duerma cuando pueda, coma a sus horas y pase un rato con alguien que le haga bien.</translation>
    </message>
    <message>
        <source>If it has lasted a while or is getting in the way, talking it through with someone can help: a peer supporter, your EAP or your own doctor.</source>
        <translation>Si ya lleva un tiempo así o le está afectando en su día a día, hablarlo con alguien puede ayudar: un consejero par, su EAP o su propio médico.</translation>
    </message>
    <message>
        <source>Your answers suggest moderate symptoms of depression. Symptoms at this level often get better with support, and it is worth talking with a professional. This is a screening result, not a diagnosis.</source>
        <translation>Sus respuestas sugieren síntomas moderados de depresión. Los síntomas de este nivel suelen mejorar con apoyo, y vale la pena hablar con un profesional. Este es un resultado de tamizaje, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Consider talking with a clinician you trust: your own doctor, an external therapist, or your Employee Assistance Program (EAP). Confide&apos;s directory lists confidential options and what each one tells (or does not tell) your employer.</source>
        <translation>Considere hablar con un profesional de salud de su confianza: su propio médico, un terapeuta externo o el Programa de Asistencia al Empleado (EAP). El directorio de Confide enumera opciones confidenciales y lo que cada una le informa (o no le informa) a su empleador.</translation>
    </message>
    <message>
        <source>You could bring this result to the appointment; Confide can export it for your clinician.</source>
        <translation>Puede llevar este resultado a la cita; Confide puede exportarlo para su profesional de salud.</translation>
    </message>
    <message>
        <source>Your answers suggest moderately severe symptoms of depression. You deserve support with this, and effective help is available. This is a screening result, not a diagnosis.</source>
        <translation>Sus respuestas sugieren síntomas moderadamente graves de depresión. Usted merece apoyo con esto, y hay ayuda eficaz disponible. Este es un resultado de tamizaje, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Please reach out to a clinician soon, within the next few days if you can. Consider talking with a clinician you trust: your own doctor, an external therapist, or your Employee Assistance Program (EAP). Confide&apos;s directory lists confidential options and what each one tells (or does not tell) your employer.</source>
        <translation>Comuníquese pronto con un profesional de salud, en los próximos días si puede. Considere hablar con un profesional de salud de su confianza: su propio médico, un terapeuta externo o el Programa de Asistencia al Empleado (EAP). El directorio de Confide enumera opciones confidenciales y lo que cada una le informa (o no le informa) a su empleador.</translation>
    </message>
    <message>
        <source>Tell someone you trust how you have been feeling.</source>
        <translation>Cuéntele a alguien de confianza cómo se ha sentido.</translation>
    </message>
    <message>
        <source>Your answers suggest severe symptoms of depression. This is a lot to carry, and you do not have to carry it alone. Effective help is available. This is a screening result, not a diagnosis.</source>
        <translation>Sus respuestas sugieren síntomas graves de depresión. Es mucho para cargar, y no tiene que cargarlo a solas. Hay ayuda eficaz disponible. Este es un resultado de tamizaje, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Please contact a clinician as soon as you can. Consider talking with a clinician you trust: your own doctor, an external therapist, or your Employee Assistance Program (EAP). Confide&apos;s directory lists confidential options and what each one tells (or does not tell) your employer.</source>
        <translation>Comuníquese con un profesional de salud lo antes posible. Considere hablar con un profesional de salud de su confianza: su propio médico, un terapeuta externo o el Programa de Asistencia al Empleado (EAP). El directorio de Confide enumera opciones confidenciales y lo que cada una le informa (o no le informa) a su empleador.</translation>
    </message>
    <message>
        <source>If you feel unsafe at any point, call or text 988 for free, confidential support, any time.</source>
        <translation>Si en algún momento siente que no está a salvo, llame o envíe un mensaje de texto al 988 para recibir apoyo gratuito y confidencial, a cualquier hora.</translation>
    </message>
    <message>
        <source>Your answers do not point to depression over the last two weeks. This is a screening result, not a diagnosis.</source>
        <translation>Sus respuestas no indican depresión en las últimas dos semanas. Este es un resultado de tamizaje, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Your answers suggest it would be worth looking more closely at your mood. The PHQ-2 is a quick first check; the PHQ-9 gives a fuller picture. This is a screening result, not a diagnosis.</source>
        <translation>Sus respuestas sugieren que valdría la pena revisar su estado de ánimo con más detalle. El PHQ-2 es una primera revisión rápida; el PHQ-9 da un panorama más completo. Este es un resultado de tamizaje, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Take the PHQ-9 now or soon.</source>
        <translation>Conteste el PHQ-9 ahora o pronto.</translation>
    </message>
    <message>
        <source>Your answers show few or no signs of anxiety over the last two weeks. This is a screening result, not a diagnosis.</source>
        <translation>Sus respuestas muestran pocas o ninguna señal de ansiedad en las últimas dos semanas. Este es un resultado de tamizaje, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Your answers suggest mild anxiety over the last two weeks. Worry and tension are common during demanding work. This is a screening result, not a diagnosis.</source>
        <translation>Sus respuestas sugieren ansiedad leve en las últimas dos semanas. La preocupación y la tensión son comunes en un trabajo exigente. Este es un resultado de tamizaje, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Your answers suggest moderate anxiety. Anxiety at this level often eases with support, and it is worth talking with a professional. This is a screening result, not a diagnosis.</source>
        <translation>Sus respuestas sugieren ansiedad moderada. La ansiedad de este nivel suele aliviarse con apoyo, y vale la pena hablar con un profesional. Este es un resultado de tamizaje, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Your answers suggest severe anxiety. You deserve support with this, and effective help is available. This is a screening result, not a diagnosis.</source>
        <translation>Sus respuestas sugieren ansiedad grave. Usted merece apoyo con esto, y hay ayuda eficaz disponible. Este es un resultado de tamizaje, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Your answers do not point to an anxiety problem over the last two weeks. This is a screening result, not a diagnosis.</source>
        <translation>Sus respuestas no indican un problema de ansiedad en las últimas dos semanas. Este es un resultado de tamizaje, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Your answers suggest it would be worth looking more closely at anxiety. The GAD-2 is a quick first check; the GAD-7 gives a fuller picture. This is a screening result, not a diagnosis.</source>
        <translation>Sus respuestas sugieren que valdría la pena revisar la ansiedad con más detalle. El GAD-2 es una primera revisión rápida; el GAD-7 da un panorama más completo. Este es un resultado de tamizaje, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Take the GAD-7 now or soon.</source>
        <translation>Conteste el GAD-7 ahora o pronto.</translation>
    </message>
    <message>
        <source>Your well-being has been very low over the last two weeks (28 or less out of 100). Scores this low often go with depression, so it is worth checking in with a professional. This is a screening result, not a diagnosis.</source>
        <translation>Su bienestar ha sido muy bajo en las últimas dos semanas (28 o menos de 100). Las puntuaciones así de bajas suelen acompañar a la depresión, así que vale la pena consultar con un profesional. Este es un resultado de tamizaje, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Consider taking the PHQ-9 for a fuller picture of your mood.</source>
        <translation>Considere contestar el PHQ-9 para tener un panorama más completo de su estado de ánimo.</translation>
    </message>
    <message>
        <source>Your well-being has been low over the last two weeks (under 52 out of 100). This is common during hard stretches, and it is worth paying attention to. This is a screening result, not a diagnosis.</source>
        <translation>Su bienestar ha sido bajo en las últimas dos semanas (menos de 52 de 100). Es común en temporadas difíciles, y vale la pena prestarle atención. Este es un resultado de tamizaje, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Talking it through with someone can help: a peer supporter, your EAP or your own doctor.</source>
        <translation>Hablarlo con alguien puede ayudar: un consejero par, su EAP o su propio médico.</translation>
    </message>
    <message>
        <source>Your answers do not point to low well-being over the last two weeks. This is a screening result, not a diagnosis.</source>
        <translation>Sus respuestas no indican un bienestar bajo en las últimas dos semanas. Este es un resultado de tamizaje, no un diagnóstico.</translation>
    </message>
    <message>
        <source>A change of 10 points or more out of 100 between two results is a meaningful change; take it again next week to follow it.</source>
        <translation>Un cambio de 10 puntos o más (de 100) entre dos resultados es un cambio importante; vuelva a contestarlo la próxima semana para darle seguimiento.</translation>
    </message>
    <message>
        <source>At least one of your answers was &quot;Some of the time&quot; or &quot;At no time&quot;. Even when the total looks fine, a very low answer to a single statement is worth a closer look: consider talking with a clinician you trust, or take the PHQ-9 for a fuller picture of your mood.</source>
        <translation>Al menos una de sus respuestas fue “Some of the time” o “At no time”. Aunque el total se vea bien, una respuesta muy baja a una sola afirmación merece una revisión más detallada: considere hablar con un profesional de salud de su confianza, o conteste el PHQ-9 para tener un panorama más completo de su estado de ánimo.</translation>
    </message>
    <message>
        <source>You do not describe yourself as burned out right now. Stress that comes and goes is common in health work.</source>
        <translation>En este momento, usted no describe tener agotamiento laboral. El estrés que va y viene es común en el trabajo de salud.</translation>
    </message>
    <message>
        <source>Notice what keeps you going, and protect it.</source>
        <translation>Fíjese en lo que le da fuerzas para seguir, y protéjalo.</translation>
    </message>
    <message>
        <source>Take it again next month to follow how you are doing.</source>
        <translation>Vuelva a contestarlo el próximo mes para darle seguimiento a cómo está.</translation>
    </message>
    <message>
        <source>You describe symptoms of burnout. Burnout comes from how work is, not from a personal failing, and things can get better with support and changes at work.</source>
        <translation>Usted describe síntomas de agotamiento laboral. El agotamiento laboral viene de cómo es el trabajo, no de una falla personal, y las cosas pueden mejorar con apoyo y con cambios en el trabajo.</translation>
    </message>
    <message>
        <source>Talk with someone you trust about what is wearing you down: a peer supporter, a colleague or your EAP.</source>
        <translation>Hable con alguien de confianza sobre lo que le está desgastando: un consejero par, un colega o su EAP.</translation>
    </message>
    <message>
        <source>If you have been feeling this way for a while, or you chose the last answer, consider reaching out to a clinician. Confide&apos;s directory lists confidential options and what each one tells (or does not tell) your employer.</source>
        <translation>Si lleva un tiempo sintiéndose así, o eligió la última respuesta, considere comunicarse con un profesional de salud. El directorio de Confide enumera opciones confidenciales y lo que cada una le informa (o no le informa) a su empleador.</translation>
    </message>
    <message>
        <source>Of 2,099 board-certified family physicians asked this question in 2016, 515 (24.5%) described burnout (an answer of 3 or more).</source>
        <translation>De 2,099 médicos de familia certificados a quienes se les hizo esta pregunta en 2016, 515 (24.5%) describieron agotamiento laboral (una respuesta de 3 o más).</translation>
    </message>
</context>
<context>
    <name>Bands</name>
    <message>
        <source>Minimal</source>
        <translation>Mínima</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Moderately severe</source>
        <translation>Moderadamente grave</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Screen negative</source>
        <translation>Tamizaje negativo</translation>
    </message>
    <message>
        <source>Screen positive</source>
        <translation>Tamizaje positivo</translation>
    </message>
    <message>
        <source>Very low well-being</source>
        <translation>Bienestar muy bajo</translation>
    </message>
    <message>
        <source>Low well-being</source>
        <translation>Bienestar bajo</translation>
    </message>
    <message>
        <source>No sign of low well-being</source>
        <translation>Sin señales de bienestar bajo</translation>
    </message>
    <message>
        <source>Not burned out</source>
        <translation>Sin agotamiento laboral</translation>
    </message>
    <message>
        <source>Burnout symptoms</source>
        <translation>Síntomas de agotamiento laboral</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Type your current passphrase, then choose a new one. Unless you also change the data key below, your recovery code keeps working and your data is not re-encrypted, so this is quick.</source>
        <translation>Escriba su frase de contraseña actual y luego elija una nueva. A menos que también cambie la llave de los datos (más abajo), su código de recuperación sigue funcionando y sus datos no se vuelven a cifrar, así que esto es rápido.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>Frase de contraseña &amp;actual</translation>
    </message>
    <message>
        <source>Also change the &amp;data key</source>
        <translation>Cambiar también la &amp;llave de los datos</translation>
    </message>
    <message>
        <source>Also change the data key</source>
        <translation>Cambiar también la llave de los datos</translation>
    </message>
    <message>
        <source>Choose this if someone may have seen your old passphrase and could have copied your files: the vault is re-encrypted under a new key, so no old copy of the key file opens it. You get a new recovery code. Backups you made before still open with their own backup passphrase.</source>
        <translation>Elija esto si alguien pudo haber visto su frase de contraseña anterior y copiado sus archivos: la caja fuerte se vuelve a cifrar con una llave nueva, así que ninguna copia antigua del archivo de la llave la abre. Recibirá un nuevo código de recuperación. Las copias de seguridad que hizo antes se siguen abriendo con su propia frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Saved. See you tomorrow.</source>
        <translation>Guardado. Hasta mañana.</translation>
    </message>
    <message>
        <source>How are you today?</source>
        <translation>¿Cómo está hoy?</translation>
    </message>
    <message>
        <source>Tab moves between questions; arrow keys or 1 to 5 choose; Ctrl+Enter saves.</source>
        <translation>Tab pasa de una pregunta a otra; las flechas o los números del 1 al 5 eligen; Ctrl+Enter guarda.</translation>
    </message>
    <message>
        <source>Ctrl+Enter also saves</source>
        <translation>Ctrl+Enter también guarda</translation>
    </message>
    <message>
        <source>Check-in status</source>
        <translation>Estado del registro de ánimo</translation>
    </message>
    <message>
        <source>Recent check-ins</source>
        <translation>Registros de ánimo recientes</translation>
    </message>
    <message>
        <source>What weighed on you today? (optional)</source>
        <translation>¿Qué le pesó hoy? (opcional)</translation>
    </message>
    <message>
        <source>Stress drivers today, optional</source>
        <translation>Causas de estrés de hoy, opcional</translation>
    </message>
    <message>
        <source>Private &amp;note (optional)</source>
        <translation>&amp;Nota privada (opcional)</translation>
    </message>
    <message>
        <source>Private note, optional</source>
        <translation>Nota privada, opcional</translation>
    </message>
    <message>
        <source>Only for you. It stays encrypted on this computer and is never sent anywhere.</source>
        <translation>Solo para usted. Se guarda cifrada en esta computadora y nunca se envía a ningún lado.</translation>
    </message>
    <message>
        <source>Today&apos;s check-in could not be loaded, so the form stays closed to keep it safe. Lock Confide, unlock it, and try again.</source>
        <translation>No se pudo cargar el registro de ánimo de hoy, así que el formulario sigue cerrado para protegerlo. Bloquee Confide, desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>this check-in was not saved</source>
        <translation>este registro de ánimo no se guardó</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between two answer names</comment>
        <translation> y </translation>
    </message>
    <message>
        <source>Please choose your {names} to save.</source>
        <translation>Para guardar, elija su {names}.</translation>
    </message>
    <message numerus="yes">
        <source>The note is %n character too long to save.</source>
        <translation>
            <numerusform>La nota tiene %n carácter de más para guardarse.</numerusform>
            <numerusform>La nota tiene %n caracteres de más para guardarse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The note is %n characters too long to save.</source>
        <translation>
            <numerusform>La nota tiene %n carácter de más para guardarse.</numerusform>
            <numerusform>La nota tiene %n caracteres de más para guardarse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character over the limit of {limit}.</source>
        <translation>
            <numerusform>%n carácter por encima del límite de {limit}.</numerusform>
            <numerusform>%n caracteres por encima del límite de {limit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters over the limit of {limit}.</source>
        <translation>
            <numerusform>%n carácter por encima del límite de {limit}.</numerusform>
            <numerusform>%n caracteres por encima del límite de {limit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character left.</source>
        <translation>
            <numerusform>Queda %n carácter.</numerusform>
            <numerusform>Quedan %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters left.</source>
        <translation>
            <numerusform>Queda %n carácter.</numerusform>
            <numerusform>Quedan %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}. You have checked in today; saving replaces it.</source>
        <translation>{day}. Ya registró su ánimo hoy; al guardar, se reemplaza.</translation>
    </message>
    <message>
        <source>&amp;Update today&apos;s check-in</source>
        <translation>&amp;Actualizar el registro de hoy</translation>
    </message>
    <message>
        <source>&amp;Save check-in</source>
        <translation>&amp;Guardar el registro</translation>
    </message>
</context>
<context>
    <name>CheckInTable</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>Stressors</source>
        <translation>Causas de estrés</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>CheckIns</name>
    <message>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <source>Documentation / EHR</source>
        <translation>Documentación / expediente electrónico</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Falta de personal</translation>
    </message>
    <message>
        <source>Moral distress</source>
        <translation>Angustia moral</translation>
    </message>
    <message>
        <source>Violence or harassment</source>
        <translation>Violencia o acoso</translation>
    </message>
    <message>
        <source>Home and caregiving</source>
        <translation>Hogar y cuidado de familiares</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>How is your mood?</source>
        <translation>¿Cómo está su ánimo?</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Muy bajo</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>How is your energy?</source>
        <translation>¿Cómo está su energía?</translation>
    </message>
    <message>
        <source>Exhausted</source>
        <translation>Sin energía</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>Con poca energía</translation>
    </message>
    <message>
        <source>Getting by</source>
        <translation>Me las arreglo</translation>
    </message>
    <message>
        <source>Full of energy</source>
        <translation>Con mucha energía</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>How did you sleep?</source>
        <translation>¿Cómo durmió?</translation>
    </message>
    <message>
        <source>Very poor</source>
        <translation>Muy mal</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Más o menos</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Date of contact</source>
        <translation>Fecha del contacto</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <source>Role group</source>
        <translation>Grupo de rol</translation>
    </message>
    <message>
        <source>Choose how…</source>
        <translation>Elija cómo…</translation>
    </message>
    <message>
        <source>Choose a role group…</source>
        <translation>Elija un grupo de rol…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>&amp;Date of contact</source>
        <translation>&amp;Fecha del contacto</translation>
    </message>
    <message>
        <source>Contact &amp;type</source>
        <translation>&amp;Tipo de contacto</translation>
    </message>
    <message>
        <source>R&amp;ole group</source>
        <translation>Grupo de r&amp;ol</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;uración</translation>
    </message>
    <message>
        <source>What happened (at least one)</source>
        <translation>Qué pasó (al menos una opción)</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Apoyo brindado</translation>
    </message>
    <message>
        <source>Referrals made (resource types)</source>
        <translation>Derivaciones hechas (tipos de recurso)</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Seguimiento el</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Planear un seguimiento</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha del seguimiento</translation>
    </message>
    <message>
        <source>Choose the contact type.</source>
        <translation>Elija el tipo de contacto.</translation>
    </message>
    <message>
        <source>Choose the role group.</source>
        <translation>Elija el grupo de rol.</translation>
    </message>
</context>
<context>
    <name>CrisisData</name>
    <message>
        <source>You don&apos;t have to face this alone</source>
        <translation>No tiene que enfrentar esto a solas</translation>
    </message>
    <message>
        <source>Talking with someone can help, and people are ready to listen right now: free, confidential, any hour of the day or night. Reaching out is a strong and sensible step, and it often makes things feel more manageable.</source>
        <translation>Hablar con alguien puede ayudar, y hay personas listas para escucharle ahora mismo: gratis, de forma confidencial, a cualquier hora del día o de la noche. Pedir ayuda es un paso valiente y sensato, y a menudo hace que las cosas se sientan más llevaderas.</translation>
    </message>
    <message>
        <source>24 hours a day, 7 days a week</source>
        <translation>Las 24 horas del día, los 7 días de la semana</translation>
    </message>
    <message>
        <source>checked against a stored copy</source>
        <translation>comprobado con una copia guardada</translation>
    </message>
    <message>
        <source>988 Suicide &amp; Crisis Lifeline</source>
        <translation>988 Suicide &amp; Crisis Lifeline</translation>
    </message>
    <message>
        <source>Call or text 988, or chat online, to talk with a trained counselor. 24 hours a day, 7 days a week. Veterans: call 988, then press 1. Para español, oprima 2 o envíe AYUDA por texto al 988. Interpretation is available in more than 250 languages.</source>
        <translation>Llame o envíe un mensaje de texto al 988, o chatee en línea, para hablar con un consejero capacitado. Las 24 horas del día, los 7 días de la semana. Veteranos: llame al 988 y luego oprima 1. Para español, oprima 2 o envíe AYUDA por texto al 988. Hay interpretación en más de 250 idiomas.</translation>
    </message>
    <message>
        <source>A trained crisis counselor answers, listens, and can help you find support near you. It is free, and by 988&apos;s own terms it is not mental health treatment. When counselors judge that someone is at imminent risk of harm, which is less than 2% of the time, they contact 911 to send emergency services.</source>
        <translation>Le atiende un consejero de crisis capacitado, que le escucha y puede ayudarle a encontrar apoyo cerca de usted. Es gratis y, según los propios términos del 988, no es un tratamiento de salud mental. Cuando los consejeros consideran que alguien corre un riesgo inminente de sufrir daño, lo que ocurre menos del 2% de las veces, se comunican con el 911 para enviar servicios de emergencia.</translation>
    </message>
    <message>
        <source>Call 988</source>
        <translation>Llamar al 988</translation>
    </message>
    <message>
        <source>Text 988</source>
        <translation>Enviar un texto al 988</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>Abrir el chat</translation>
    </message>
    <message>
        <source>En español</source>
        <translation>En español</translation>
    </message>
    <message>
        <source>Llame al 988 y oprima 2, o envíe AYUDA por texto al 988. (Call 988 and press 2, or text AYUDA to 988.)</source>
        <translation>Llame al 988 y oprima 2, o envíe AYUDA por texto al 988.</translation>
    </message>
    <message>
        <source>Llamar al 988, oprima 2</source>
        <translation>Llamar al 988, oprima 2</translation>
    </message>
    <message>
        <source>Enviar AYUDA al 988</source>
        <translation>Enviar AYUDA al 988</translation>
    </message>
    <message>
        <source>Veterans Crisis Line</source>
        <translation>Veterans Crisis Line</translation>
    </message>
    <message>
        <source>Veterans, service members and the people who support them: call 988 and press 1, text 838255, or chat online.</source>
        <translation>Veteranos, miembros del servicio militar y las personas que les apoyan: llame al 988 y oprima 1, envíe un texto al 838255 o chatee en línea.</translation>
    </message>
    <message>
        <source>Call 988, press 1</source>
        <translation>Llamar al 988, oprima 1</translation>
    </message>
    <message>
        <source>Text 838255</source>
        <translation>Enviar un texto al 838255</translation>
    </message>
    <message>
        <source>Veterans chat</source>
        <translation>Chat para veteranos</translation>
    </message>
    <message>
        <source>ASL videophone (Deaf and hard of hearing)</source>
        <translation>Videoteléfono en ASL (personas sordas o con dificultad auditiva)</translation>
    </message>
    <message>
        <source>Talk with a 988 counselor in American Sign Language: choose “ASL Now” on 988lifeline.org, or call 1-800-273-8255 from a videophone.</source>
        <translation>Hable con un consejero del 988 en lengua de señas americana (ASL): elija “ASL Now” en 988lifeline.org, o llame al 1-800-273-8255 desde un videoteléfono.</translation>
    </message>
    <message>
        <source>Open 988lifeline.org (ASL Now)</source>
        <translation>Abrir 988lifeline.org (ASL Now)</translation>
    </message>
    <message>
        <source>Videophone 1-800-273-8255</source>
        <translation>Videoteléfono 1-800-273-8255</translation>
    </message>
    <message>
        <source>Crisis Text Line</source>
        <translation>Crisis Text Line</translation>
    </message>
    <message>
        <source>Text HOME to 741741 to reach a trained volunteer crisis counselor by text message. 24 hours a day, 7 days a week, free on major US carriers.</source>
        <translation>Envíe HOME por texto al 741741 para hablar por mensaje de texto con un consejero de crisis voluntario y capacitado. Las 24 horas del día, los 7 días de la semana, gratis con las principales compañías telefónicas de EE. UU.</translation>
    </message>
    <message>
        <source>A trained volunteer crisis counselor texts with you. Crisis Text Line keeps a record of each conversation, and shares information that identifies you only if it is needed to help prevent death or serious injury, or to meet legal requirements. You can ask it to delete your data by texting DELETE.</source>
        <translation>Un consejero de crisis voluntario y capacitado le escribe por mensaje de texto. Crisis Text Line guarda un registro de cada conversación y comparte información que le identifica solo si hace falta para ayudar a prevenir una muerte o una lesión grave, o para cumplir requisitos legales. Puede pedir que borren sus datos enviando DELETE por texto.</translation>
    </message>
    <message>
        <source>Text HOME to 741741</source>
        <translation>Enviar HOME al 741741</translation>
    </message>
    <message>
        <source>911 emergency services</source>
        <translation>Servicios de emergencia 911</translation>
    </message>
    <message>
        <source>If you or someone near you is in immediate danger, call 911 or go to the nearest emergency department.</source>
        <translation>Si usted o alguien cerca de usted está en peligro inmediato, llame al 911 o vaya a la sala de emergencias más cercana.</translation>
    </message>
    <message>
        <source>Emergency responders come to help where you are. It is an emergency service, not a confidential counseling line: use it when a life is in danger right now.</source>
        <translation>El personal de emergencias acude a ayudarle donde usted esté. Es un servicio de emergencias, no una línea de consejería confidencial: úselo cuando una vida esté en peligro en este momento.</translation>
    </message>
    <message>
        <source>Call 911</source>
        <translation>Llamar al 911</translation>
    </message>
</context>
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
    <message>
        <source>Counseling through it creates a treatment record.</source>
        <translation>Recibir consejería a través de él crea un expediente de tratamiento.</translation>
    </message>
    <message>
        <source>Talking to it does not create a treatment record.</source>
        <translation>Hablar con él no crea un expediente de tratamiento.</translation>
    </message>
    <message>
        <source>Call {label}</source>
        <translation>Llamar: {label}</translation>
    </message>
    <message>
        <source>Open the EAP website</source>
        <translation>Abrir el sitio web del EAP</translation>
    </message>
    <message>
        <source>Your organization&apos;s Employee Assistance Program.</source>
        <translation>El Programa de Asistencia al Empleado (EAP) de su organización.</translation>
    </message>
    <message>
        <source>Your organization says:</source>
        <translation>Su organización indica:</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Details of the chosen resource</source>
        <translation>Detalles del recurso elegido</translation>
    </message>
    <message>
        <source>Crisis line: people are ready to listen now.</source>
        <translation>Línea de crisis: hay personas listas para escucharle ahora.</translation>
    </message>
    <message>
        <source>{action}, {name}</source>
        <translation>{action}, {name}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>{heading}: {text}</source>
        <translation>{heading}: {text}</translation>
    </message>
    <message>
        <source>Your employer</source>
        <translation>Su empleador</translation>
    </message>
    <message>
        <source>Licensing board</source>
        <translation>Junta de licencias</translation>
    </message>
    <message>
        <source>Treatment record</source>
        <translation>Expediente de tratamiento</translation>
    </message>
    <message>
        <source>What is kept about you</source>
        <translation>Qué se guarda sobre usted</translation>
    </message>
    <message>
        <source>When confidentiality is broken</source>
        <translation>Cuándo se rompe la confidencialidad</translation>
    </message>
    <message>
        <source>We could not confirm this from the service itself: {0}</source>
        <translation>No pudimos confirmarlo con el propio servicio: {0}</translation>
    </message>
    <message>
        <source>Unconfirmed: no source is given for this.</source>
        <translation>Sin confirmar: no se indica ninguna fuente.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <source>{0}. Checked {1} ({2}). Source:</source>
        <translation>{0}. Verificado el {1} ({2}). Fuente:</translation>
    </message>
    <message>
        <source>{0}. Checked {1}. Source:</source>
        <translation>{0}. Verificado el {1}. Fuente:</translation>
    </message>
    <message>
        <source>Who is told, and what is kept</source>
        <translation>A quién se informa y qué se guarda</translation>
    </message>
    <message>
        <source>Source for “{0}”: {1}</source>
        <translation>Fuente de “{0}”: {1}</translation>
    </message>
    <message>
        <source>Copied {number}.</source>
        <translation>Se copió {number}.</translation>
    </message>
    <message>
        <source>This link was not opened: Confide opens only phone numbers and secure (https) web addresses.</source>
        <translation>Este enlace no se abrió: Confide solo abre números de teléfono y direcciones web seguras (https).</translation>
    </message>
    <message>
        <source>Choose a resource to see what happens when you reach out, and who is told.</source>
        <translation>Elija un recurso para ver qué pasa cuando se comunica y a quién se informa.</translation>
    </message>
</context>
<context>
    <name>DirectoryData</name>
    <message>
        <source>988 Suicide &amp; Crisis Lifeline</source>
        <translation>988 Suicide &amp; Crisis Lifeline</translation>
    </message>
    <message>
        <source>Crisis Text Line</source>
        <translation>Crisis Text Line</translation>
    </message>
    <message>
        <source>911 emergency services</source>
        <translation>Servicios de emergencia 911</translation>
    </message>
    <message>
        <source>Veterans Crisis Line</source>
        <translation>Veterans Crisis Line</translation>
    </message>
    <message>
        <source>Physician Support Line</source>
        <translation>Physician Support Line</translation>
    </message>
    <message>
        <source>NAMI HelpLine</source>
        <translation>NAMI HelpLine</translation>
    </message>
    <message>
        <source>SAMHSA National Helpline</source>
        <translation>SAMHSA National Helpline</translation>
    </message>
    <message>
        <source>Emotional PPE Project</source>
        <translation>Emotional PPE Project</translation>
    </message>
    <message>
        <source>Therapy Aid Coalition</source>
        <translation>Therapy Aid Coalition</translation>
    </message>
    <message>
        <source>State physician health programs (FSPHP directory)</source>
        <translation>Programas estatales de salud para médicos (directorio de la FSPHP)</translation>
    </message>
    <message>
        <source>Call or text 988, or chat online, to talk with a trained counselor. 24 hours a day, 7 days a week. Veterans: call 988, then press 1. Para español, oprima 2 o envíe AYUDA por texto al 988. Interpretation is available in more than 250 languages.</source>
        <translation>Llame o envíe un mensaje de texto al 988, o chatee en línea, para hablar con un consejero capacitado. Las 24 horas del día, los 7 días de la semana. Veteranos: llame al 988 y luego oprima 1. Para español, oprima 2 o envíe AYUDA por texto al 988. Hay interpretación en más de 250 idiomas.</translation>
    </message>
    <message>
        <source>A trained crisis counselor answers, listens, and can help you find support near you. It is free, and by 988&apos;s own terms it is not mental health treatment. When counselors judge that someone is at imminent risk of harm, which is less than 2% of the time, they contact 911 to send emergency services.</source>
        <translation>Le atiende un consejero de crisis capacitado, que le escucha y puede ayudarle a encontrar apoyo cerca de usted. Es gratis y, según los propios términos del 988, no es un tratamiento de salud mental. Cuando los consejeros consideran que alguien corre un riesgo inminente de sufrir daño, lo que ocurre menos del 2% de las veces, se comunican con el 911 para enviar servicios de emergencia.</translation>
    </message>
    <message>
        <source>24 hours a day, 7 days a week</source>
        <translation>Las 24 horas del día, los 7 días de la semana</translation>
    </message>
    <message>
        <source>Text 988</source>
        <translation>Envíe un mensaje de texto al 988</translation>
    </message>
    <message>
        <source>Call 988</source>
        <translation>Llame al 988</translation>
    </message>
    <message>
        <source>Your employer is not told that you called.</source>
        <translation>No se le informa a su empleador que usted llamó.</translation>
    </message>
    <message>
        <source>not re-checked since it was gathered</source>
        <translation>no se ha vuelto a comprobar desde que se recopiló</translation>
    </message>
    <message>
        <source>Calling 988 is not a report to a licensing board.</source>
        <translation>Llamar al 988 no es un informe a una junta de licencias.</translation>
    </message>
    <message>
        <source>988&apos;s terms say it is not mental health treatment or a treatment provider, so a call does not start a treatment relationship.</source>
        <translation>Los términos del 988 dicen que no es un tratamiento de salud mental ni un proveedor de tratamiento, así que una llamada no inicia una relación de tratamiento.</translation>
    </message>
    <message>
        <source>checked against a stored copy of the page</source>
        <translation>comprobado con una copia guardada de la página</translation>
    </message>
    <message>
        <source>988&apos;s privacy policy says the Lifeline and its contact centers collect, keep, use and may disclose some information about you, including information collected automatically when you call, text or chat.</source>
        <translation>La política de privacidad del 988 dice que la Lifeline y sus centros de contacto recopilan, guardan, usan y pueden divulgar cierta información sobre usted, incluida información que se recopila automáticamente cuando usted llama, envía un mensaje de texto o chatea.</translation>
    </message>
    <message>
        <source>When counselors judge, by their protocols, that someone is at imminent risk of harming themselves or someone else (less than 2% of the time), the Lifeline contacts 911 to send emergency services. This is Arizona&apos;s 911 program&apos;s account; 988&apos;s own terms say only that there are exceptions related to a person&apos;s safety.</source>
        <translation>Cuando los consejeros consideran, según sus protocolos, que alguien corre un riesgo inminente de hacerse daño o de hacer daño a otra persona (menos del 2% de las veces), la Lifeline se comunica con el 911 para enviar servicios de emergencia. Esto es lo que dice el programa 911 de Arizona; los propios términos del 988 solo dicen que hay excepciones relacionadas con la seguridad de una persona.</translation>
    </message>
    <message>
        <source>Text HOME to 741741 to reach a trained volunteer crisis counselor by text message. 24 hours a day, 7 days a week, free on major US carriers.</source>
        <translation>Envíe HOME por texto al 741741 para hablar por mensaje de texto con un consejero de crisis voluntario y capacitado. Las 24 horas del día, los 7 días de la semana, gratis con las principales compañías telefónicas de EE. UU.</translation>
    </message>
    <message>
        <source>A trained volunteer crisis counselor texts with you. Crisis Text Line keeps a record of each conversation, and shares information that identifies you only if it is needed to help prevent death or serious injury, or to meet legal requirements. You can ask it to delete your data by texting DELETE.</source>
        <translation>Un consejero de crisis voluntario y capacitado le escribe por mensaje de texto. Crisis Text Line guarda un registro de cada conversación y comparte información que le identifica solo si hace falta para ayudar a prevenir una muerte o una lesión grave, o para cumplir requisitos legales. Puede pedir que borren sus datos enviando DELETE por texto.</translation>
    </message>
    <message>
        <source>Text HOME to 741741</source>
        <translation>Envíe HOME por texto al 741741</translation>
    </message>
    <message>
        <source>The privacy policy names two reasons it may share information that identifies you: to help prevent death or serious injury, or to meet legal requirements. Telling your employer is not one of them.</source>
        <translation>La política de privacidad nombra dos razones por las que puede compartir información que le identifica: para ayudar a prevenir una muerte o una lesión grave, o para cumplir requisitos legales. Informar a su empleador no es una de ellas.</translation>
    </message>
    <message>
        <source>Texting is not a report to a licensing board.</source>
        <translation>Enviar un mensaje de texto no es un informe a una junta de licencias.</translation>
    </message>
    <message>
        <source>It is support from trained volunteers, not treatment, so it creates no treatment record.</source>
        <translation>Es apoyo de voluntarios capacitados, no un tratamiento, así que no crea un expediente de tratamiento.</translation>
    </message>
    <message>
        <source>Crisis Text Line keeps a record of each conversation, and may automatically receive the phone number, mobile carrier, IP address or internet provider you used. You can ask it to delete your data by texting DELETE.</source>
        <translation>Crisis Text Line guarda un registro de cada conversación y puede recibir automáticamente el número de teléfono, la compañía de telefonía móvil, la dirección IP o el proveedor de internet que usted usó. Puede pedir que borren sus datos enviando DELETE por texto.</translation>
    </message>
    <message>
        <source>It may share information that identifies you if necessary to help prevent death or serious injury, or to meet legal requirements.</source>
        <translation>Puede compartir información que le identifica si hace falta para ayudar a prevenir una muerte o una lesión grave, o para cumplir requisitos legales.</translation>
    </message>
    <message>
        <source>If you or someone near you is in immediate danger, call 911 or go to the nearest emergency department.</source>
        <translation>Si usted o alguien cerca de usted está en peligro inmediato, llame al 911 o vaya a la sala de emergencias más cercana.</translation>
    </message>
    <message>
        <source>Emergency responders come to help where you are. It is an emergency service, not a confidential counseling line: use it when a life is in danger right now.</source>
        <translation>El personal de emergencias acude a ayudarle donde usted esté. Es un servicio de emergencias, no una línea de consejería confidencial: úselo cuando una vida esté en peligro en este momento.</translation>
    </message>
    <message>
        <source>Call 911</source>
        <translation>Llame al 911</translation>
    </message>
    <message>
        <source>911 is an emergency service, not a confidential line: it makes no promise about who learns of a call.</source>
        <translation>El 911 es un servicio de emergencias, no una línea confidencial: no promete nada sobre quién se entera de una llamada.</translation>
    </message>
    <message>
        <source>A licensing board could learn of an emergency response.</source>
        <translation>Una junta de licencias podría enterarse de una respuesta de emergencia.</translation>
    </message>
    <message>
        <source>Emergency care that follows a call may create a medical record.</source>
        <translation>La atención de emergencia que siga a una llamada puede crear un expediente médico.</translation>
    </message>
    <message>
        <source>For Veterans: dial 988, then press 1, text 838255, or chat online. 24 hours a day, 7 days a week. You do not need to be enrolled in VA benefits or health care.</source>
        <translation>Para veteranos: marque el 988 y luego oprima 1, envíe un mensaje de texto al 838255 o chatee en línea. Las 24 horas del día, los 7 días de la semana. No necesita haberse inscrito en los beneficios ni en la atención médica del VA.</translation>
    </message>
    <message>
        <source>A trained responder answers. It is free and confidential, and you decide what to share; your employer is not told. If you choose to share your contact details, a local Suicide Prevention Coordinator may follow up with you.</source>
        <translation>Le atiende una persona capacitada. Es gratis y confidencial, y usted decide qué compartir; no se le informa a su empleador. Si decide compartir sus datos de contacto, un coordinador local de prevención del suicidio (Suicide Prevention Coordinator) puede comunicarse con usted después.</translation>
    </message>
    <message>
        <source>Text 838255</source>
        <translation>Envíe un mensaje de texto al 838255</translation>
    </message>
    <message>
        <source>Call 988, then press 1</source>
        <translation>Llame al 988 y luego oprima 1</translation>
    </message>
    <message>
        <source>The Veterans Crisis Line calls itself free, anonymous and confidential, and you decide what to share about yourself.</source>
        <translation>La Veterans Crisis Line se describe como gratuita, anónima y confidencial, y usted decide qué compartir sobre usted.</translation>
    </message>
    <message>
        <source>Contacting it is not a report to a licensing board.</source>
        <translation>Comunicarse con ella no es un informe a una junta de licencias.</translation>
    </message>
    <message>
        <source>A call does not start a treatment relationship.</source>
        <translation>Una llamada no inicia una relación de tratamiento.</translation>
    </message>
    <message>
        <source>You decide what to share about yourself. If you choose to share your contact information, the Suicide Prevention Coordinator at the nearest VA Medical Center will contact you by the next business day.</source>
        <translation>Usted decide qué compartir sobre usted. Si decide compartir su información de contacto, el coordinador de prevención del suicidio (Suicide Prevention Coordinator) del centro médico del VA más cercano se comunicará con usted a más tardar el siguiente día hábil.</translation>
    </message>
    <message>
        <source>If someone is in imminent danger of suicide, responders contact local emergency services and start a rescue (a 2010 VA article).</source>
        <translation>Si alguien está en peligro inminente de suicidio, quienes atienden se comunican con los servicios de emergencia locales e inician un rescate (un artículo del VA de 2010).</translation>
    </message>
    <message>
        <source>A free, confidential support line for US physicians (MD, DO or international equivalent) at every stage: medical students, interns, residents, fellows and attendings, and you do not have to be practicing now. Volunteer US-licensed psychiatrists answer; no appointment needed. Physicians only (not nurses).</source>
        <translation>Una línea de apoyo gratuita y confidencial para médicos de EE. UU. (MD, DO o equivalente internacional) en cualquier etapa: estudiantes de medicina, internos, residentes, becarios y médicos de planta, y no tiene que estar ejerciendo ahora. Atienden psiquiatras voluntarios con licencia en EE. UU.; no se necesita cita. Solo para médicos (no para personal de enfermería).</translation>
    </message>
    <message>
        <source>You talk with someone who listens and helps you think things through; no appointment needed. It is confidential: no identifying information is recorded, no phone numbers are stored, and your employer is not told. You do not have to report the call to your medical board: it does not start a doctor-patient relationship, so it is not receiving therapy. Confidentiality is broken only if someone is at risk of imminent harm. The line does not prescribe.</source>
        <translation>Usted habla con alguien que le escucha y le ayuda a pensar las cosas con calma; no se necesita cita. Es confidencial: no se registra información que le identifique, no se guardan números de teléfono y no se le informa a su empleador. No tiene que informar de la llamada a su junta de medicina: no inicia una relación médico-paciente, así que no es recibir terapia. La confidencialidad se rompe solo si alguien corre riesgo de sufrir un daño inminente. La línea no receta medicamentos.</translation>
    </message>
    <message>
        <source>8 am to 1 am Eastern Time, 7 days a week</source>
        <translation>De 8 a. m. a 1 a. m., hora del Este, los 7 días de la semana</translation>
    </message>
    <message>
        <source>Call 1-888-409-0141</source>
        <translation>Llame al 1-888-409-0141</translation>
    </message>
    <message>
        <source>Volunteers sign a confidentiality contract not to discuss calls with anyone except the line&apos;s own admin team, so your employer is not told.</source>
        <translation>Los voluntarios firman un contrato de confidencialidad para no hablar de las llamadas con nadie, salvo con el propio equipo administrativo de la línea, así que no se le informa a su empleador.</translation>
    </message>
    <message>
        <source>You do not have to report the call to your medical board: it does not establish a doctor-patient relationship, so it is not reportable as receiving therapy.</source>
        <translation>No tiene que informar de la llamada a su junta de medicina: no establece una relación médico-paciente, así que no se tiene que declarar como recibir terapia.</translation>
    </message>
    <message>
        <source>A call does not establish a doctor-patient relationship.</source>
        <translation>Una llamada no establece una relación médico-paciente.</translation>
    </message>
    <message>
        <source>No identifying information is recorded and no phone numbers are stored.</source>
        <translation>No se registra información que le identifique ni se guardan números de teléfono.</translation>
    </message>
    <message>
        <source>Volunteers discuss a call only with the line&apos;s admin team, and only if there is a concern about imminent harm to self or others.</source>
        <translation>Los voluntarios hablan de una llamada solo con el equipo administrativo de la línea, y solo si hay preocupación por un daño inminente a uno mismo o a otras personas.</translation>
    </message>
    <message>
        <source>Free peer support, information and referral from the National Alliance on Mental Illness. Call 1-800-950-NAMI (6264) or text &quot;helpline&quot; to 62640. Not a crisis line: in a crisis, call or text 988.</source>
        <translation>Apoyo gratuito entre pares, información y derivación de la Alianza Nacional de Enfermedades Mentales (NAMI). Llame al 1-800-950-NAMI (6264) o envíe “helpline” por texto al 62640. No es una línea de crisis: en una crisis, llame o envíe un mensaje de texto al 988.</translation>
    </message>
    <message>
        <source>A trained peer listens, shares information and suggests resources. NAMI describes it as free peer support, not treatment. It is not a crisis line: in a crisis, call or text 988.</source>
        <translation>Un par capacitado le escucha, le da información y le sugiere recursos. NAMI lo describe como apoyo gratuito entre pares, no como tratamiento. No es una línea de crisis: en una crisis, llame o envíe un mensaje de texto al 988.</translation>
    </message>
    <message>
        <source>Monday to Friday, 10 am to 10 pm Eastern Time</source>
        <translation>De lunes a viernes, de 10 a. m. a 10 p. m., hora del Este</translation>
    </message>
    <message>
        <source>Text &quot;helpline&quot; to 62640</source>
        <translation>Envíe “helpline” por texto al 62640</translation>
    </message>
    <message>
        <source>Call 1-800-950-NAMI (6264)</source>
        <translation>Llame al 1-800-950-NAMI (6264)</translation>
    </message>
    <message>
        <source>NAMI is independent of your employer, so your employer is not told.</source>
        <translation>NAMI es independiente de su empleador, así que no se le informa a su empleador.</translation>
    </message>
    <message>
        <source>It is peer support, not treatment, so there is nothing to report to a licensing board.</source>
        <translation>Es apoyo entre pares, no un tratamiento, así que no hay nada que informar a una junta de licencias.</translation>
    </message>
    <message>
        <source>NAMI describes the HelpLine as a free peer-support service giving information, resource referrals and support: it is not treatment.</source>
        <translation>NAMI describe la HelpLine como un servicio gratuito de apoyo entre pares que da información, derivaciones a recursos y apoyo: no es un tratamiento.</translation>
    </message>
    <message>
        <source>Treatment referral and information for mental health and substance use, in English and Spanish. Call 1-800-662-HELP (4357), TTY 1-800-487-4889, or text your ZIP code to 435748 (HELP4U). 24 hours a day, 365 days a year.</source>
        <translation>Derivación a tratamiento e información sobre salud mental y consumo de sustancias, en inglés y en español. Llame al 1-800-662-HELP (4357), TTY 1-800-487-4889, o envíe su código postal (ZIP) por texto al 435748 (HELP4U). Las 24 horas del día, los 365 días del año.</translation>
    </message>
    <message>
        <source>Someone helps you find treatment, support groups and community services near you. It is confidential: they will not ask for personal information (they may ask your ZIP code to find services near you), and your employer is not told. They give referrals only, not counseling.</source>
        <translation>Alguien le ayuda a encontrar tratamiento, grupos de apoyo y servicios comunitarios cerca de usted. Es confidencial: no le pedirán información personal (pueden pedirle su código postal para encontrar servicios cerca de usted) y no se le informa a su empleador. Solo dan derivaciones, no consejería.</translation>
    </message>
    <message>
        <source>24 hours a day, 365 days a year</source>
        <translation>Las 24 horas del día, los 365 días del año</translation>
    </message>
    <message>
        <source>Text your ZIP code to 435748 (HELP4U)</source>
        <translation>Envíe su código postal (ZIP) por texto al 435748 (HELP4U)</translation>
    </message>
    <message>
        <source>Call 1-800-662-HELP (4357)</source>
        <translation>Llame al 1-800-662-HELP (4357)</translation>
    </message>
    <message>
        <source>TTY 1-800-487-4889</source>
        <translation>TTY 1-800-487-4889</translation>
    </message>
    <message>
        <source>The helpline is confidential and will not ask for any personal information, so it has nothing to tell your employer.</source>
        <translation>La línea de ayuda es confidencial y no le pedirá ninguna información personal, así que no tiene nada que informar a su empleador.</translation>
    </message>
    <message>
        <source>checked against a stored copy of the page (stored through a web proxy)</source>
        <translation>comprobado con una copia guardada de la página (guardada a través de un proxy web)</translation>
    </message>
    <message>
        <source>Calling is not a report to a licensing board.</source>
        <translation>Llamar no es un informe a una junta de licencias.</translation>
    </message>
    <message>
        <source>It gives referrals and information only; it does not provide counseling.</source>
        <translation>Solo da derivaciones e información; no ofrece consejería.</translation>
    </message>
    <message>
        <source>It will not ask you for any personal information; it may ask your ZIP code or other geographic information to find services near you.</source>
        <translation>No le pedirá ninguna información personal; puede pedirle su código postal u otra información geográfica para encontrar servicios cerca de usted.</translation>
    </message>
    <message>
        <source>A directory that connects health workers with independent licensed mental health professionals. The directory itself collects no personal data. Contact: contact@emotionalppe.org.</source>
        <translation>Un directorio que pone en contacto a trabajadores de la salud con profesionales independientes de salud mental con licencia. El directorio en sí no recopila datos personales. Contacto: contact@emotionalppe.org.</translation>
    </message>
    <message>
        <source>You find a licensed therapist in the directory and contact them yourself; the directory collects no personal data and your employer is not told. Care with the therapist is a treatment relationship: whether you must mention it on a license application depends on how your state&apos;s licensing question is worded (more and more states ask only about current impairment).</source>
        <translation>Usted busca un terapeuta con licencia en el directorio y se comunica directamente con esa persona; el directorio no recopila datos personales y no se le informa a su empleador. La atención con el terapeuta es una relación de tratamiento: si tiene que mencionarla en una solicitud de licencia depende de cómo esté redactada la pregunta de licencias de su estado (cada vez más estados preguntan solo por un deterioro actual).</translation>
    </message>
    <message>
        <source>The directory collects no personal data, and the therapists in it are independent of your employer.</source>
        <translation>El directorio no recopila datos personales, y los terapeutas que aparecen en él son independientes de su empleador.</translation>
    </message>
    <message>
        <source>Care with a therapist is a treatment relationship; whether you must mention it on a license application depends on how your state board words its question.</source>
        <translation>La atención con un terapeuta es una relación de tratamiento; si tiene que mencionarla en una solicitud de licencia depende de cómo redacte su pregunta la junta de su estado.</translation>
    </message>
    <message>
        <source>Care is with an independent licensed therapist: a treatment relationship.</source>
        <translation>La atención es con un terapeuta independiente con licencia: una relación de tratamiento.</translation>
    </message>
    <message>
        <source>The directory itself collects no personal data.</source>
        <translation>El directorio en sí no recopila datos personales.</translation>
    </message>
    <message>
        <source>Free or low-fee short-term online therapy for essential workers, through a volunteer network of licensed therapists in every state.</source>
        <translation>Terapia en línea a corto plazo, gratuita o de bajo costo, para trabajadores esenciales, a través de una red de terapeutas voluntarios con licencia en todos los estados.</translation>
    </message>
    <message>
        <source>You are matched with a volunteer therapist for short-term online therapy. Therapy is a treatment relationship: whether you must mention it on a license application depends on how your state&apos;s licensing question is worded.</source>
        <translation>Le asignan un terapeuta voluntario para terapia en línea a corto plazo. La terapia es una relación de tratamiento: si tiene que mencionarla en una solicitud de licencia depende de cómo esté redactada la pregunta de licencias de su estado.</translation>
    </message>
    <message>
        <source>It is independent of your employer, so your employer is not told.</source>
        <translation>Es independiente de su empleador, así que no se le informa a su empleador.</translation>
    </message>
    <message>
        <source>Therapy is a treatment relationship; whether you must mention it on a license application depends on how your state board words its question.</source>
        <translation>La terapia es una relación de tratamiento; si tiene que mencionarla en una solicitud de licencia depende de cómo redacte su pregunta la junta de su estado.</translation>
    </message>
    <message>
        <source>Therapy with a volunteer therapist is a treatment relationship.</source>
        <translation>La terapia con un terapeuta voluntario es una relación de tratamiento.</translation>
    </message>
    <message>
        <source>The Federation of State Physician Health Programs lists the physician health program (PHP) of every state and DC. A PHP offers confidential assessment, referral to treatment, resources and monitoring. Licensing caveat: a PHP documents whether you comply with its monitoring, and not complying can lead to a report to the licensing board.</source>
        <translation>La Federation of State Physician Health Programs (FSPHP) enumera el programa de salud para médicos (PHP) de cada estado y de DC. Un PHP ofrece evaluación confidencial, derivación a tratamiento, recursos y seguimiento. Advertencia sobre la licencia: un PHP documenta si usted cumple su seguimiento, y no cumplirlo puede llevar a un informe a la junta de licencias.</translation>
    </message>
    <message>
        <source>You contact your state&apos;s PHP. It offers a confidential assessment, referral to treatment and monitoring, as a therapeutic alternative to discipline, and many states give PHP participants exceptions to mandated reporting. Plainly: this is the one path here that can reach the licensing board. The PHP documents whether you comply with its monitoring, and not complying can lead to a report to the board. Ask the PHP how your state handles reporting before you enroll.</source>
        <translation>Usted se comunica con el PHP de su estado. Ofrece una evaluación confidencial, derivación a tratamiento y seguimiento, como alternativa terapéutica a una sanción, y muchos estados dan a los participantes de un PHP excepciones a la notificación obligatoria. Dicho claramente: esta es la única vía de aquí que puede llegar a la junta de licencias. El PHP documenta si usted cumple su seguimiento, y no cumplirlo puede llevar a un informe a la junta. Pregunte al PHP cómo maneja su estado los informes antes de inscribirse.</translation>
    </message>
    <message>
        <source>Your employer could learn of it: FSPHP calls a PHP confidential but does not say that an employer is never told.</source>
        <translation>Su empleador podría enterarse: la FSPHP dice que un PHP es confidencial, pero no dice que nunca se le informe a un empleador.</translation>
    </message>
    <message>
        <source>FSPHP says a PHP monitors participants and documents their progress so that it can verify whether they comply with treatment and continuing care. This is the one path here that can reach a licensing board: ask your state&apos;s PHP how it handles reporting before you enroll.</source>
        <translation>La FSPHP dice que un PHP hace un seguimiento de los participantes y documenta su progreso para poder verificar si cumplen el tratamiento y la atención continua. Esta es la única vía de aquí que puede llegar a una junta de licencias: pregunte al PHP de su estado cómo maneja los informes antes de inscribirse.</translation>
    </message>
    <message>
        <source>A PHP coordinates evaluation, treatment and continuing-care monitoring.</source>
        <translation>Un PHP coordina la evaluación, el tratamiento y el seguimiento de la atención continua.</translation>
    </message>
    <message>
        <source>A PHP documents your progress and whether you comply with treatment and monitoring.</source>
        <translation>Un PHP documenta su progreso y si usted cumple el tratamiento y el seguimiento.</translation>
    </message>
    <message>
        <source>A study in JAMA (reported May 2021) found this board&apos;s July 2020 application consistent with none of the FSMB&apos;s recommendations on mental-health questions. We found no newer source, and the application may have changed since.</source>
        <translation>Un estudio en JAMA (publicado en mayo de 2021) concluyó que la solicitud de julio de 2020 de esta junta no se ajustaba a ninguna de las recomendaciones de la FSMB sobre preguntas de salud mental. No encontramos ninguna fuente más reciente, y la solicitud puede haber cambiado desde entonces.</translation>
    </message>
    <message>
        <source>checked against a stored copy</source>
        <translation>comprobado con una copia guardada</translation>
    </message>
    <message>
        <source>Alabama Reporter wrote in August 2025 that the Board of Medical Examiners, a 2025 Wellbeing First Champion, removed its questions about past mental health treatment: its license applications now ask only about conditions that may currently impair practice.</source>
        <translation>Alabama Reporter escribió en agosto de 2025 que la Junta de Examinadores Médicos (Board of Medical Examiners), reconocida como Wellbeing First Champion en 2025, eliminó sus preguntas sobre tratamientos pasados de salud mental: sus solicitudes de licencia ahora preguntan solo por afecciones que puedan deteriorar actualmente el ejercicio profesional.</translation>
    </message>
    <message>
        <source>Arizona law (House Bill 2173, Laws 2025, chapter 25) bars every health profession regulatory board from asking on an application whether the applicant has sought mental health assistance or received a mental health diagnosis or treatment.</source>
        <translation>La ley de Arizona (House Bill 2173, Laws 2025, capítulo 25) prohíbe a todas las juntas reguladoras de profesiones de la salud preguntar en una solicitud si el solicitante ha buscado ayuda de salud mental o ha recibido un diagnóstico o tratamiento de salud mental.</translation>
    </message>
    <message>
        <source>The Georgia Composite Medical Board&apos;s 2 February 2023 release gives its new question: are you currently suffering from any condition, not being appropriately treated, that impairs your judgment or ability to practice (enrolled in the Georgia PHP: answer no).</source>
        <translation>El comunicado del 2 de febrero de 2023 de la Georgia Composite Medical Board da su nueva pregunta: si actualmente padece alguna afección, sin el tratamiento adecuado, que deteriore su juicio o su capacidad para ejercer (si participa en el PHP de Georgia: responda que no).</translation>
    </message>
    <message>
        <source>checked against a stored copy (stored from its http address)</source>
        <translation>comprobado con una copia guardada (guardada desde su dirección http)</translation>
    </message>
    <message>
        <source>MPR News reported in September 2021 that the Minnesota Board of Medical Practice&apos;s application, which asked doctors to disclose all mental health conditions, now asks only about a condition not being appropriately treated that is likely to impair their practice.</source>
        <translation>MPR News informó en septiembre de 2021 que la solicitud de la Minnesota Board of Medical Practice, que pedía a los médicos declarar todas sus afecciones de salud mental, ahora pregunta solo por una afección sin el tratamiento adecuado que probablemente deteriore su ejercicio profesional.</translation>
    </message>
    <message>
        <source>The Dr. Lorna Breen Heroes&apos; Foundation names Mississippi&apos;s attestation model as one of the three kinds of medical license application it counts as free of intrusive mental-health questions (no probing question about past diagnosis or treatment).</source>
        <translation>La Dr. Lorna Breen Heroes&apos; Foundation nombra el modelo de declaración jurada (attestation) de Misisipi como uno de los tres tipos de solicitud de licencia médica que considera libres de preguntas intrusivas de salud mental (ninguna pregunta indagatoria sobre diagnósticos o tratamientos pasados).</translation>
    </message>
    <message>
        <source>The Dr. Lorna Breen Heroes&apos; Foundation names North Carolina&apos;s attestation model as one of the three kinds of medical license application it counts as free of intrusive mental-health questions (no probing question about past diagnosis or treatment).</source>
        <translation>La Dr. Lorna Breen Heroes&apos; Foundation nombra el modelo de declaración jurada (attestation) de Carolina del Norte como uno de los tres tipos de solicitud de licencia médica que considera libres de preguntas intrusivas de salud mental (ninguna pregunta indagatoria sobre diagnósticos o tratamientos pasados).</translation>
    </message>
    <message>
        <source>The Oregon Medical Board says it voted on April 6, 2023 to remove intrusive and stigmatizing language about mental health care and treatment from its license applications and renewals, using an attestation in applications from June 1, 2023.</source>
        <translation>La Oregon Medical Board dice que votó el 6 de abril de 2023 para eliminar de sus solicitudes y renovaciones de licencia el lenguaje intrusivo y estigmatizante sobre la atención y el tratamiento de salud mental, y que usa una declaración jurada (attestation) en las solicitudes desde el 1 de junio de 2023.</translation>
    </message>
    <message>
        <source>The Texas Medical Association reports that the Texas Medical Board was named a 2023 Wellbeing First Champion, having updated its application questions in 2020 to follow the FSMB&apos;s and AMA&apos;s recommendations.</source>
        <translation>La Texas Medical Association informa que la Texas Medical Board fue nombrada Wellbeing First Champion en 2023, tras actualizar en 2020 las preguntas de su solicitud para seguir las recomendaciones de la FSMB y de la AMA.</translation>
    </message>
    <message>
        <source>A 2023 American Journal of Public Health report says Virginia passed legislation removing questions about past mental health conditions from the state licensing process for all licensed health care workers.</source>
        <translation>Un informe de 2023 del American Journal of Public Health dice que Virginia aprobó una ley que elimina las preguntas sobre afecciones pasadas de salud mental del proceso estatal de licencias para todos los trabajadores de la salud con licencia.</translation>
    </message>
    <message>
        <source>The Washington Medical Commission says it was recognized as a 2024 Wellbeing First Champion for licensing applications that do not include intrusive mental health questions.</source>
        <translation>La Washington Medical Commission dice que fue reconocida como Wellbeing First Champion en 2024 por tener solicitudes de licencia que no incluyen preguntas intrusivas de salud mental.</translation>
    </message>
    <message>
        <source>A 2025 Department of Safety and Professional Services release, as published by WisBusiness, says the Medical Examining Board was recognized as a Wellbeing First Champion because its license applications are free from overly broad and invasive mental health questions.</source>
        <translation>Un comunicado de 2025 del Department of Safety and Professional Services, tal como lo publicó WisBusiness, dice que la Medical Examining Board fue reconocida como Wellbeing First Champion porque sus solicitudes de licencia no tienen preguntas de salud mental demasiado amplias e invasivas.</translation>
    </message>
    <message>
        <source>A law firm&apos;s page says its work with the Missouri Board of Nursing made Missouri the third state to receive a Dr. Lorna Breen Heroes&apos; Foundation recognition; our stored copy is cut off before it says which one, so we could not confirm what the application asks.</source>
        <translation>La página de un bufete de abogados dice que su trabajo con la Missouri Board of Nursing hizo de Misuri el tercer estado en recibir un reconocimiento de la Dr. Lorna Breen Heroes&apos; Foundation; nuestra copia guardada se corta antes de decir cuál, así que no pudimos confirmar qué pregunta la solicitud.</translation>
    </message>
    <message>
        <source>Your organization&apos;s Employee Assistance Program (EAP).</source>
        <translation>El Programa de Asistencia al Empleado (EAP) de su organización.</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Confide</source>
        <translation>Confide</translation>
    </message>
    <message>
        <source>Close Find help</source>
        <translation>Cerrar Buscar ayuda</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Loading the directory… {done} of {total} organization entries read. If you are in crisis, call or text 988 now.</source>
        <translation>Cargando el directorio… {done} de {total} entradas de la organización leídas. Si está en crisis, llame o envíe un texto al 988 ahora.</translation>
    </message>
    <message>
        <source>Find help</source>
        <translation>Buscar ayuda</translation>
    </message>
    <message>
        <source>Confidential help for health workers. Searching stays on this computer; nothing is sent or recorded.</source>
        <translation>Ayuda confidencial para trabajadores de la salud. La búsqueda se queda en esta computadora; no se envía ni se registra nada.</translation>
    </message>
    <message>
        <source>Directory warnings</source>
        <translation>Avisos del directorio</translation>
    </message>
    <message>
        <source>Results summary</source>
        <translation>Resumen de resultados</translation>
    </message>
    <message>
        <source>About this list</source>
        <translation>Sobre esta lista</translation>
    </message>
    <message>
        <source>Please note: {warning}.</source>
        <translation>Tenga en cuenta: {warning}.</translation>
    </message>
    <message>
        <source>What do you need right now?</source>
        <translation>¿Qué necesita ahora mismo?</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Bu&amp;scar</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Buscar en el directorio</translation>
    </message>
    <message>
        <source>Results narrow as you type. Down arrow moves to the results.</source>
        <translation>Los resultados se acotan mientras escribe. La flecha hacia abajo lleva a los resultados.</translation>
    </message>
    <message>
        <source>A word, a name or a need, e.g. nurse, text, alcohol</source>
        <translation>Una palabra, un nombre o una necesidad, p. ej., enfermera, texto, alcohol</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
</context>
<context>
    <name>EditContactPanel</name>
    <message>
        <source>The note holds a possible identifier. Redact it, or mark it as not an identifier, to save.</source>
        <translation>La nota contiene un posible identificador. Suprímalo, o márquelo como que no es un identificador, para guardar.</translation>
    </message>
    <message>
        <source>Correct a contact</source>
        <translation>Corregir un contacto</translation>
    </message>
    <message>
        <source>Which contact is open</source>
        <translation>Qué contacto está abierto</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar los cambios</translation>
    </message>
    <message>
        <source>Save the changes to this contact</source>
        <translation>Guardar los cambios de este contacto</translation>
    </message>
    <message>
        <source>&amp;Back without saving</source>
        <translation>&amp;Volver sin guardar</translation>
    </message>
    <message>
        <source>Back to the list without saving</source>
        <translation>Volver a la lista sin guardar</translation>
    </message>
    <message>
        <source>Why Save is off</source>
        <translation>Por qué Guardar está desactivado</translation>
    </message>
    <message>
        <source>Correction status</source>
        <translation>Estado de la corrección</translation>
    </message>
    <message>
        <source>Logged for {day}. Change what was wrong, then save. The note is checked again.</source>
        <translation>Registrado para el {day}. Cambie lo que estaba mal y luego guarde. La nota se vuelve a revisar.</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <source>the export did not finish</source>
        <translation>la exportación no terminó</translation>
    </message>
    <message>
        <source>The report could not be written to {folder} ({reason}), so {undone}.</source>
        <translation>No se pudo escribir el informe en {folder} ({reason}), así que {undone}.</translation>
    </message>
    <message>
        <source>The report could not be written to {folder}, so {undone}.</source>
        <translation>No se pudo escribir el informe en {folder}, así que {undone}.</translation>
    </message>
    <message>
        <source>Export the report to a folder</source>
        <translation>Exportar el informe a una carpeta</translation>
    </message>
    <message>
        <source>&amp;Export JSON, PDF and CSV…</source>
        <translation>E&amp;xportar JSON, PDF y CSV…</translation>
    </message>
    <message>
        <source>Export the previewed report</source>
        <translation>Exportar el informe de la vista previa</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <source>Exported {files} to {folder}.</source>
        <translation>Se exportaron {files} a {folder}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Anyone who gets this file can read everything in it, including your private notes.</source>
        <translation>Cualquier persona que tenga este archivo puede leer todo lo que contiene, incluidas sus notas privadas.</translation>
    </message>
    <message>
        <source>Your organization has turned off exporting from Confide on this computer. Your data is still here and still yours; ask your administrator if you need a copy.</source>
        <translation>Su organización desactivó la exportación de Confide en esta computadora. Sus datos siguen aquí y siguen siendo suyos; si necesita una copia, hable con su administrador.</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Exportar mis datos</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Save a copy of your check-ins and questionnaire results, for yourself or your own clinician. Your private notes are included.</source>
        <translation>Guarde una copia de sus registros de ánimo y de sus resultados de cuestionarios, para usted o para su propio profesional de salud. Sus notas privadas se incluyen.</translation>
    </message>
    <message>
        <source>What to save</source>
        <translation>Qué guardar</translation>
    </message>
    <message>
        <source>&amp;Check-ins (with your notes)</source>
        <translation>&amp;Registros de ánimo (con sus notas)</translation>
    </message>
    <message>
        <source>Export check-ins</source>
        <translation>Exportar los registros de ánimo</translation>
    </message>
    <message>
        <source>&amp;Questionnaire results</source>
        <translation>Resultados de &amp;cuestionarios</translation>
    </message>
    <message>
        <source>Export questionnaire results</source>
        <translation>Exportar los resultados de cuestionarios</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export and choose where to save</source>
        <translation>Exportar y elegir dónde guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>How to save the questionnaire results</source>
        <translation>Cómo guardar los resultados de cuestionarios</translation>
    </message>
    <message>
        <source>Check-ins are always saved as a spreadsheet file (CSV).</source>
        <translation>Los registros de ánimo siempre se guardan como hoja de cálculo (CSV).</translation>
    </message>
    <message>
        <source>As a &amp;spreadsheet (CSV)</source>
        <translation>Como &amp;hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>Questionnaire results as a spreadsheet (CSV)</source>
        <translation>Resultados de cuestionarios como hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>Opens in Excel, Numbers, LibreOffice or Google Sheets.</source>
        <translation>Se abre en Excel, Numbers, LibreOffice o Google Sheets.</translation>
    </message>
    <message>
        <source>For my own c&amp;linician (FHIR)</source>
        <translation>Para mi profesional de &amp;salud (FHIR)</translation>
    </message>
    <message>
        <source>Questionnaire results for my own clinician (FHIR)</source>
        <translation>Resultados de cuestionarios para mi profesional de salud (FHIR)</translation>
    </message>
    <message>
        <source>FHIR is the standard form health record systems read, so your clinician&apos;s system can take in your results.</source>
        <translation>FHIR es el formato estándar que leen los sistemas de expedientes médicos, así que el sistema de su profesional de salud puede incorporar sus resultados.</translation>
    </message>
    <message>
        <source>&amp;Both</source>
        <translation>&amp;Ambos</translation>
    </message>
    <message>
        <source>Questionnaire results in both forms</source>
        <translation>Resultados de cuestionarios en ambos formatos</translation>
    </message>
    <message>
        <source>Keep it private</source>
        <translation>Manténgalo privado</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase (recommended)</source>
        <translation>C&amp;ifrar con una frase de contraseña (recomendado)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t encrypt</source>
        <translation>&amp;No cifrar</translation>
    </message>
    <message>
        <source>Encrypt the export with a passphrase</source>
        <translation>Cifrar la exportación con una frase de contraseña</translation>
    </message>
    <message>
        <source>Export without encryption</source>
        <translation>Exportar sin cifrar</translation>
    </message>
    <message>
        <source>Encrypted means locked: only someone with the passphrase can read the file.</source>
        <translation>Cifrado quiere decir bajo llave: solo quien tenga la frase de contraseña puede leer el archivo.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>&amp;Escríbala otra vez:</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmar la frase de contraseña</translation>
    </message>
    <message>
        <source>To open the file, you or your clinician need this passphrase and the free, standard tool called age (the command is age -d). Keep the passphrase apart from the file: say it, don&apos;t send it with the file.</source>
        <translation>Para abrir el archivo, usted o su profesional de salud necesitan esta frase de contraseña y la herramienta gratuita y estándar llamada age (el comando es age -d). Mantenga la frase de contraseña lejos del archivo: dígasela de palabra, no la envíe junto con el archivo.</translation>
    </message>
    <message>
        <source>Choose check-ins, questionnaire results or both.</source>
        <translation>Elija registros de ánimo, resultados de cuestionarios o ambos.</translation>
    </message>
    <message>
        <source>Type a passphrase for the file, or choose not to encrypt it.</source>
        <translation>Escriba una frase de contraseña para el archivo, o elija no cifrarlo.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no son iguales.</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Guardar la exportación como</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Se guardó en {path}.</translation>
    </message>
    <message>
        <source>That place cannot be written to. Choose another folder.</source>
        <translation>No se puede guardar en ese lugar. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was exported. Free some space and try again.</source>
        <translation>El disco está lleno, así que no se exportó nada. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The vault could not be reached, so nothing was exported.</source>
        <translation>No se pudo acceder a la caja fuerte, así que no se exportó nada.</translation>
    </message>
    <message>
        <source>Something went wrong, so nothing was exported. Please try again.</source>
        <translation>Algo salió mal, así que no se exportó nada. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>FilterBox</name>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Llamada</translation>
    </message>
    <message>
        <source>Can call</source>
        <translation>Se puede llamar</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <source>Can text</source>
        <translation>Se puede enviar un texto</translation>
    </message>
    <message>
        <source>Ch&amp;at</source>
        <translation>C&amp;hat</translation>
    </message>
    <message>
        <source>Can chat</source>
        <translation>Se puede chatear</translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation>&amp;Video</translation>
    </message>
    <message>
        <source>Can video</source>
        <translation>Se puede hacer una videollamada</translation>
    </message>
    <message>
        <source>In &amp;person</source>
        <translation>En &amp;persona</translation>
    </message>
    <message>
        <source>Can meet in person</source>
        <translation>Se puede ir en persona</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>How to reach:</source>
        <translation>Contacto:</translation>
    </message>
    <message>
        <source>&amp;Free only</source>
        <translation>Solo &amp;gratuitos</translation>
    </message>
    <message>
        <source>Free only</source>
        <translation>Solo gratuitos</translation>
    </message>
    <message>
        <source>&amp;Open now</source>
        <translation>Abierto ah&amp;ora</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Abierto ahora</translation>
    </message>
    <message>
        <source>Employer is &amp;never told</source>
        <translation>&amp;Nunca se informa al empleador</translation>
    </message>
    <message>
        <source>Employer is never told</source>
        <translation>Nunca se informa al empleador</translation>
    </message>
    <message>
        <source>No licensing-&amp;board exposure</source>
        <translation>Sin riesgo ante la &amp;junta de licencias</translation>
    </message>
    <message>
        <source>No licensing-board exposure</source>
        <translation>Sin riesgo ante la junta de licencias</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Stat&amp;e</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation>A quién atiende</translation>
    </message>
    <message>
        <source>Any health worker</source>
        <translation>Todo el personal de salud</translation>
    </message>
    <message>
        <source>&amp;Who it serves</source>
        <translation>A &amp;quién atiende</translation>
    </message>
</context>
<context>
    <name>FilterFold</name>
    <message>
        <source>Shows or hides the filters.</source>
        <translation>Muestra u oculta los filtros.</translation>
    </message>
    <message numerus="yes">
        <source>Filters (%n)</source>
        <translation>
            <numerusform>Filtros (%n)</numerusform>
            <numerusform>Filtros (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message numerus="yes">
        <source>Filters: %n on</source>
        <translation>
            <numerusform>Filtros: %n activado</numerusform>
            <numerusform>Filtros: %n activados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindHelp</name>
    <message>
        <source>A state physician health program (PHP) offers confidential help as an alternative to discipline, but it keeps a record of whether you follow its monitoring, and not following it can lead to a report to the licensing board. Ask the program how this works in your state before you enroll.</source>
        <translation>Un programa estatal de salud para médicos (PHP, por sus siglas en inglés) ofrece ayuda confidencial como alternativa a una sanción, pero lleva un registro de si usted cumple su seguimiento, y no cumplirlo puede llevar a un informe a la junta de licencias. Pregunte al programa cómo funciona esto en su estado antes de inscribirse.</translation>
    </message>
    <message>
        <source>It creates a treatment record.</source>
        <translation>Crea un expediente de tratamiento.</translation>
    </message>
    <message>
        <source>It creates no treatment record.</source>
        <translation>No crea ningún expediente de tratamiento.</translation>
    </message>
    <message>
        <source>Whether it creates a treatment record is not known.</source>
        <translation>No se sabe si crea un expediente de tratamiento.</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>Low cost</source>
        <translation>Bajo costo</translation>
    </message>
    <message>
        <source>Through insurance</source>
        <translation>A través del seguro</translation>
    </message>
    <message>
        <source>Cost varies</source>
        <translation>El costo varía</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>All health workers</source>
        <translation>Todos los trabajadores de la salud</translation>
    </message>
    <message>
        <source>Physicians</source>
        <translation>Médicos</translation>
    </message>
    <message>
        <source>Nurses</source>
        <translation>Personal de enfermería</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Residents, fellows and interns</source>
        <translation>Residentes, becarios e internos</translation>
    </message>
    <message>
        <source>I&apos;m in crisis now</source>
        <translation>Estoy en crisis ahora</translation>
    </message>
    <message>
        <source>Talk to someone today</source>
        <translation>Hablar con alguien hoy</translation>
    </message>
    <message>
        <source>A counselor or therapist</source>
        <translation>Un consejero o terapeuta</translation>
    </message>
    <message>
        <source>Psychiatric care</source>
        <translation>Atención psiquiátrica</translation>
    </message>
    <message>
        <source>Alcohol or drugs</source>
        <translation>Alcohol o drogas</translation>
    </message>
    <message>
        <source>Worried about my license</source>
        <translation>Me preocupa mi licencia</translation>
    </message>
    <message>
        <source>Helping a colleague</source>
        <translation>Ayudar a un colega</translation>
    </message>
    <message>
        <source>Whether your employer is told is not known.</source>
        <translation>No se sabe si se le informa a su empleador.</translation>
    </message>
    <message>
        <source>Whether a licensing board could learn of it is not known.</source>
        <translation>No se sabe si una junta de licencias podría enterarse.</translation>
    </message>
    <message>
        <source>Cost not known</source>
        <translation>Costo desconocido</translation>
    </message>
    <message>
        <source>Open 24 hours a day, 7 days a week.</source>
        <translation>Abierto las 24 horas, los 7 días de la semana.</translation>
    </message>
    <message>
        <source>Hours not known.</source>
        <translation>Horario desconocido.</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No se indica</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} o {last}</translation>
    </message>
    <message>
        <source>Anywhere in the US</source>
        <translation>En cualquier lugar de EE. UU.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>employer never told (unconfirmed)</source>
        <translation>nunca se informa al empleador (sin confirmar)</translation>
    </message>
    <message>
        <source>employer never told</source>
        <translation>nunca se informa al empleador</translation>
    </message>
    <message>
        <source>TTY</source>
        <translation>TTY</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>What happens when you reach out</source>
        <translation>Qué pasa cuando se comunica</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Through the website</source>
        <translation>A través del sitio web</translation>
    </message>
    <message>
        <source>Checked {day}. Source: {url}</source>
        <translation>Verificado el {day}. Fuente: {url}</translation>
    </message>
    <message>
        <source>No source is given; Confide has not checked these facts.</source>
        <translation>No se indica ninguna fuente; Confide no ha verificado estos datos.</translation>
    </message>
    <message>
        <source>From your organization&apos;s directory. {source}</source>
        <translation>Del directorio de su organización. {source}</translation>
    </message>
    <message>
        <source>{serves}; {states}.</source>
        <translation>{serves}; {states}.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>How to reach it</source>
        <translation>Cómo comunicarse</translation>
    </message>
    <message>
        <source>Who it serves</source>
        <translation>A quién atiende</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>De dónde viene esta información</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>{name}. Crisis line. {summary}.</source>
        <translation>{name}. Línea de crisis. {summary}.</translation>
    </message>
    <message>
        <source>Loading the directory… If you are in crisis, call or text 988 now.</source>
        <translation>Cargando el directorio… Si está en crisis, llame o envíe un texto al 988 ahora.</translation>
    </message>
    <message>
        <source>The directory could not be opened. Restarting Confide may help; if it keeps happening, please tell your IT team. If you are in crisis, call or text 988 now.</source>
        <translation>No se pudo abrir el directorio. Reiniciar Confide puede ayudar; si sigue pasando, avísele a su equipo de TI. Si está en crisis, llame o envíe un texto al 988 ahora.</translation>
    </message>
    <message>
        <source>No web browser opened. The address is {address}</source>
        <translation>No se abrió ningún navegador. La dirección es {address}</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>Llamar al {number}</translation>
    </message>
    <message>
        <source>This computer has no app for calls. Please dial {number} on a phone.</source>
        <translation>Esta computadora no tiene aplicación para llamadas. Marque el {number} desde un teléfono.</translation>
    </message>
    <message>
        <source>Call {number} (TTY)</source>
        <translation>Llamar al {number} (TTY)</translation>
    </message>
    <message>
        <source>This computer has no app for calls. The TTY number is {number}.</source>
        <translation>Esta computadora no tiene aplicación para llamadas. El número de TTY es {number}.</translation>
    </message>
    <message>
        <source>Text {keyword} to {number}</source>
        <translation>Enviar {keyword} por texto al {number}</translation>
    </message>
    <message>
        <source>This computer has no app for text messages. Please text {keyword} to {number} from a phone.</source>
        <translation>Esta computadora no tiene aplicación para mensajes de texto. Envíe {keyword} por texto al {number} desde un teléfono.</translation>
    </message>
    <message>
        <source>Text {number}</source>
        <translation>Enviar un texto al {number}</translation>
    </message>
    <message>
        <source>This computer has no app for text messages. Please text {number} from a phone.</source>
        <translation>Esta computadora no tiene aplicación para mensajes de texto. Envíe un texto al {number} desde un teléfono.</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>Abrir el chat</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>Abrir el sitio web</translation>
    </message>
    <message>
        <source>Copy {number}</source>
        <translation>Copiar {number}</translation>
    </message>
    <message>
        <source>The organization&apos;s directory update was not used: {reason}. The entries you had are kept.</source>
        <translation>No se usó la actualización del directorio de su organización: {reason}. Se conservan las entradas que ya tenía.</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <source>its signature does not match (it was changed or damaged)</source>
        <translation>su firma no coincide (se cambió o se dañó)</translation>
    </message>
    <message>
        <source>it is not signed by a key your organization&apos;s policy trusts</source>
        <translation>no está firmada con una llave en la que confíe la política de su organización</translation>
    </message>
    <message>
        <source>policy names no key to check it with</source>
        <translation>la política no indica ninguna llave para verificarla</translation>
    </message>
    <message>
        <source>it is not newer than the entries in use</source>
        <translation>no es más reciente que las entradas en uso</translation>
    </message>
    <message>
        <source>it is older than a version already used on this computer or required by your organization&apos;s policy</source>
        <translation>es anterior a una versión ya usada en esta computadora o exigida por la política de su organización</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>venció</translation>
    </message>
    <message>
        <source>its issue date is in the future</source>
        <translation>su fecha de emisión es futura</translation>
    </message>
    <message>
        <source>its data is malformed</source>
        <translation>sus datos tienen un formato incorrecto</translation>
    </message>
    <message>
        <source>version {version}; version {in_use} is in use</source>
        <translation>versión {version}; se usa la versión {in_use}</translation>
    </message>
    <message>
        <source>version {version}; version {minimum} or newer is required</source>
        <translation>versión {version}; se requiere la versión {minimum} o una posterior</translation>
    </message>
    <message>
        <source>expired {day}</source>
        <translation>venció el {day}</translation>
    </message>
    <message>
        <source>issued {day}</source>
        <translation>emitida el {day}</translation>
    </message>
    <message>
        <source>{file} is {size} bytes, over the limit of {limit} MiB</source>
        <translation>{file} ocupa {size} bytes, más que el límite de {limit} MiB</translation>
    </message>
    <message>
        <source>{reason} ({detail})</source>
        <translation>{reason} ({detail})</translation>
    </message>
    <message>
        <source>Organization entries may be out of date (expired {day}).</source>
        <translation>Es posible que las entradas de su organización estén desactualizadas (vencieron el {day}).</translation>
    </message>
    <message>
        <source>The organization&apos;s licensing-question entries could not be used: a board is named twice. The shipped entries are shown.</source>
        <translation>No se pudieron usar las entradas de su organización sobre las preguntas de las juntas de licencias: una junta aparece dos veces. Se muestran las entradas incluidas con Confide.</translation>
    </message>
    <message>
        <source>The organization&apos;s directory (version {version} was used on this computer before) is missing or could not be used. Only the national resources are shown; please tell your IT team.</source>
        <translation>Falta el directorio de su organización (en esta computadora ya se usó la versión {version}) o no se pudo usar. Solo se muestran los recursos nacionales; avísele a su equipo de TI.</translation>
    </message>
    <message>
        <source>The details of {name} are open: call or text 988 now, or chat. {results}</source>
        <translation>Están abiertos los detalles de {name}: llame o envíe un mensaje de texto al 988 ahora, o use el chat. {results}</translation>
    </message>
</context>
<context>
    <name>FoldedColumns</name>
    <message>
        <source>{heading}: {value}</source>
        <translation>{heading}: {value}</translation>
    </message>
</context>
<context>
    <name>HardDayNote</name>
    <message>
        <source>A word after today&apos;s check-in</source>
        <translation>Unas palabras después del registro de ánimo de hoy</translation>
    </message>
    <message>
        <source>To talk it through with someone who understands, the NAMI HelpLine offers free peer support: call 800-950-6264 or text “helpline” to 62640 (weekdays, 10 am to 10 pm Eastern). If things ever feel like too much, you can call or text 988 at any hour.</source>
        <translation>Para hablarlo con alguien que entiende, la línea de ayuda de NAMI (NAMI HelpLine) ofrece apoyo gratuito entre pares: llame al 800-950-6264 o envíe “helpline” por texto al 62640 (de lunes a viernes, de 10 a. m. a 10 p. m., hora del Este). Si alguna vez todo le parece demasiado, puede llamar o enviar un mensaje de texto al 988 a cualquier hora.</translation>
    </message>
    <message>
        <source>Open my safety &amp;plan</source>
        <translation>Abrir mi &amp;plan de seguridad</translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation>Abrir mi plan de seguridad</translation>
    </message>
    <message>
        <source>&amp;Find help</source>
        <translation>B&amp;uscar ayuda</translation>
    </message>
    <message>
        <source>Find help</source>
        <translation>Buscar ayuda</translation>
    </message>
    <message>
        <source>Thank you for checking in. It sounds like today was a hard one. Hard days do pass, and you do not have to carry this one alone. If it would help, here are some things you could do next — only if and when you want.</source>
        <translation>Gracias por hacer su registro. Parece que hoy fue un día difícil. Los días difíciles pasan, y no tiene que cargar con este a solas. Si le ayuda, aquí hay algunas cosas que podría hacer ahora, solo si quiere y cuando quiera.</translation>
    </message>
    <message>
        <source>Thank you for checking in. The last few days sound like they have been heavy. That is a lot to carry, and reaching out is a strong thing to do. If it would help, here are some things you could do next — only if and when you want.</source>
        <translation>Gracias por hacer su registro. Parece que los últimos días han sido pesados. Es mucho para cargar, y buscar apoyo es un paso valiente. Si le ayuda, aquí hay algunas cosas que podría hacer ahora, solo si quiere y cuando quiera.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>{scale}, daily check-in</source>
        <translation>{scale}, registro diario</translation>
    </message>
    <message>
        <source>{scale}, weekly average</source>
        <translation>{scale}, promedio semanal</translation>
    </message>
    <message>
        <source>{title} score</source>
        <translation>Puntuación del {title}</translation>
    </message>
    <message>
        <source>Average {scale}</source>
        <translation>Promedio de {scale}</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>En palabras</translation>
    </message>
    <message>
        <source>Days checked in</source>
        <translation>Días con registro</translation>
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
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Desde el inicio</translation>
    </message>
    <message>
        <source>{scale} (check-in)</source>
        <translation>{scale} (registro)</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Nothing saved in this range yet.</source>
        <translation>Todavía no hay nada guardado en este periodo.</translation>
    </message>
    <message>
        <source>went up</source>
        <translation>subió</translation>
    </message>
    <message>
        <source>went down</source>
        <translation>bajó</translation>
    </message>
    <message>
        <source>stayed about the same</source>
        <translation>se mantuvo más o menos igual</translation>
    </message>
    <message>
        <source>{band}; the safety question was answered above 0</source>
        <translation>{band}; la pregunta sobre su seguridad se respondió por encima de 0</translation>
    </message>
    <message>
        <source>No data is shown.</source>
        <translation>No se muestran datos.</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>{title}: nothing saved {span}.</source>
        <translation>{title}: no hay nada guardado {span}.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 valor</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} valores</translation>
    </message>
    <message>
        <source>{value} ({note})</source>
        <translation>{value} ({note})</translation>
    </message>
    <message>
        <source>{title}: {entries} {span}. Latest: {value} on {day}.</source>
        <translation>{title}: {entries} {span}. El más reciente: {value}, el {day}.</translation>
    </message>
    <message>
        <source>Over this range it {moved}, from {first} to {latest}.</source>
        <translation>En este periodo {moved}, de {first} a {latest}.</translation>
    </message>
    <message>
        <source>Higher is better on this scale.</source>
        <translation>En esta escala, más alto es mejor.</translation>
    </message>
    <message>
        <source>Lower is better on this scale.</source>
        <translation>En esta escala, más bajo es mejor.</translation>
    </message>
    <message>
        <source>In 1 of these results the safety question was answered above 0 (marked with a ring). If you feel that way now, call or text 988, or open your safety plan.</source>
        <translation>En 1 de estos resultados, la pregunta sobre su seguridad se respondió por encima de 0 (está marcado con un círculo). Si se siente así ahora, llame o envíe un texto al 988, o abra su plan de seguridad.</translation>
    </message>
    <message>
        <source>In {count} of these results the safety question was answered above 0 (marked with a ring). If you feel that way now, call or text 988, or open your safety plan.</source>
        <translation>En {count} de estos resultados, la pregunta sobre su seguridad se respondió por encima de 0 (están marcados con un círculo). Si se siente así ahora, llame o envíe un texto al 988, o abra su plan de seguridad.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation>Gráfico: {title}</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>E&amp;xport my data…</source>
        <translation>E&amp;xportar mis datos…</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Exportar mis datos</translation>
    </message>
    <message>
        <source>Your check-ins and results as CSV or FHIR, for you or your own clinician</source>
        <translation>Sus registros de ánimo y resultados en CSV o FHIR, para usted o para su propio profesional de salud</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Show &amp;daily points</source>
        <translation>Mostrar los puntos &amp;diarios</translation>
    </message>
    <message>
        <source>Show daily points</source>
        <translation>Mostrar los puntos diarios</translation>
    </message>
    <message>
        <source>Each day&apos;s check-in instead of the weekly average. Questionnaires always show each result.</source>
        <translation>El registro de cada día en lugar del promedio semanal. Los cuestionarios siempre muestran cada resultado.</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Chart summary</source>
        <translation>Resumen del gráfico</translation>
    </message>
    <message>
        <source>History table</source>
        <translation>Tabla del historial</translation>
    </message>
    <message>
        <source>Your history could not be read just now.</source>
        <translation>En este momento no se pudo leer su historial.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Loading today…</source>
        <translation>Cargando el día de hoy…</translation>
    </message>
    <message>
        <source>Today&apos;s check-in</source>
        <translation>Registro de ánimo de hoy</translation>
    </message>
    <message>
        <source>&amp;Start today&apos;s check-in</source>
        <translation>&amp;Empezar el registro de ánimo de hoy</translation>
    </message>
    <message>
        <source>Start today&apos;s check-in</source>
        <translation>Empezar el registro de ánimo de hoy</translation>
    </message>
    <message>
        <source>Questionnaires due</source>
        <translation>Cuestionarios pendientes</translation>
    </message>
    <message>
        <source>Last questionnaire</source>
        <translation>Último cuestionario</translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation>¿Necesita ayuda ahora?</translation>
    </message>
    <message>
        <source>If today is hard, help is one step away: the 988 Suicide &amp; Crisis Lifeline, the Crisis Text Line, your Employee Assistance Program and your safety plan.</source>
        <translation>Si hoy es un día difícil, la ayuda está a un paso: la Línea 988 de Prevención del Suicidio y Crisis, Crisis Text Line, el Programa de Asistencia al Empleado de su organización y su plan de seguridad.</translation>
    </message>
    <message>
        <source>Everything here is encrypted on this computer and sent to no one. Confide locks itself when you step away.</source>
        <translation>Todo lo que hay aquí está cifrado en esta computadora y no se envía a nadie. Confide se bloquea automáticamente cuando usted se aleja.</translation>
    </message>
    <message>
        <source>Today&apos;s summary could not be read.</source>
        <translation>No se pudo leer el resumen de hoy.</translation>
    </message>
    <message>
        <source>You have not checked in today. It takes under a minute.</source>
        <translation>Hoy todavía no ha hecho su registro de ánimo. Toma menos de un minuto.</translation>
    </message>
    <message>
        <source>{scale}: {words}</source>
        <translation>{scale}: {words}</translation>
    </message>
    <message>
        <source>You checked in today — {answers}. Thank you for taking a moment.</source>
        <translation>Hoy hizo su registro de ánimo: {answers}. Gracias por tomarse un momento.</translation>
    </message>
    <message>
        <source>No questionnaires are due. They are there whenever you want them.</source>
        <translation>No hay cuestionarios pendientes. Están aquí cuando los quiera hacer.</translation>
    </message>
    <message>
        <source>When you have a few minutes: {names}.</source>
        <translation>Cuando tenga unos minutos: {names}.</translation>
    </message>
    <message>
        <source>Start {name}</source>
        <translation>Empezar {name}</translation>
    </message>
    <message>
        <source>After your last questionnaire ({name}, {day}): please talk to someone today. You can call or text 988, the Suicide &amp; Crisis Lifeline, at any hour — or press “Need help now?” below.</source>
        <translation>Después de su último cuestionario ({name}, {day}): por favor, hable hoy con alguien. Puede llamar o enviar un mensaje de texto al 988, la Línea de Prevención del Suicidio y Crisis, a cualquier hora, o pulsar “¿Necesita ayuda ahora?” aquí abajo.</translation>
    </message>
    <message>
        <source>Your last questionnaire, {name} on {day}: {band}.</source>
        <translation>Su último cuestionario, {name}, el {day}: {band}.</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <source>Documentation / EHR</source>
        <translation>Documentación / expediente electrónico</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Falta de personal</translation>
    </message>
    <message>
        <source>Moral distress</source>
        <translation>Angustia moral</translation>
    </message>
    <message>
        <source>Violence or harassment</source>
        <translation>Violencia o acoso</translation>
    </message>
    <message>
        <source>Home and caregiving</source>
        <translation>Hogar y cuidado de familiares</translation>
    </message>
    <message>
        <source>Poor sleep</source>
        <translation>Dormir mal</translation>
    </message>
    <message>
        <source>workload</source>
        <translation>carga de trabajo</translation>
    </message>
    <message>
        <source>documentation / EHR</source>
        <translation>documentación / expediente electrónico</translation>
    </message>
    <message>
        <source>staffing</source>
        <translation>falta de personal</translation>
    </message>
    <message>
        <source>moral distress</source>
        <translation>angustia moral</translation>
    </message>
    <message>
        <source>violence or harassment</source>
        <translation>violencia o acoso</translation>
    </message>
    <message>
        <source>home and caregiving</source>
        <translation>hogar y cuidado de familiares</translation>
    </message>
    <message>
        <source>poor sleep</source>
        <translation>dormir mal</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>PHQ-9 score</source>
        <translation>Puntuación del PHQ-9</translation>
    </message>
    <message>
        <source>GAD-7 score</source>
        <translation>Puntuación del GAD-7</translation>
    </message>
    <message>
        <source>WHO-5 score</source>
        <translation>Puntuación del WHO-5</translation>
    </message>
    <message>
        <source>Burnout item</source>
        <translation>Pregunta sobre agotamiento laboral</translation>
    </message>
    <message>
        <source>your mood</source>
        <translation>su ánimo</translation>
    </message>
    <message>
        <source>your energy</source>
        <translation>su energía</translation>
    </message>
    <message>
        <source>your PHQ-9 score</source>
        <translation>su puntuación del PHQ-9</translation>
    </message>
    <message>
        <source>your GAD-7 score</source>
        <translation>su puntuación del GAD-7</translation>
    </message>
    <message>
        <source>your WHO-5 score</source>
        <translation>su puntuación del WHO-5</translation>
    </message>
    <message>
        <source>your answer to the burnout item</source>
        <translation>su respuesta a la pregunta sobre agotamiento laboral</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>más arriba</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>más abajo</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>de {low} a {high}</translation>
    </message>
    <message>
        <source>{near} to {far} {direction}</source>
        <translation>de {near} a {far} {direction}</translation>
    </message>
    <message>
        <source>about {size} points {direction}</source>
        <translation>unos {size} puntos {direction}</translation>
    </message>
    <message>
        <source>{size} {direction}</source>
        <translation>{size} {direction}</translation>
    </message>
    <message>
        <source>On days you rated your sleep poor or very poor</source>
        <translation>Los días en que durmió mal o muy mal</translation>
    </message>
    <message>
        <source>On days you marked {factor}</source>
        <translation>Los días en que marcó {factor}</translation>
    </message>
    <message>
        <source>When at least half your check-ins in the {days} days before had poor or very poor sleep</source>
        <translation>Cuando en al menos la mitad de sus registros de los {days} días anteriores durmió mal o muy mal</translation>
    </message>
    <message>
        <source>When you marked {factor} on at least half your check-ins in the {days} days before</source>
        <translation>Cuando marcó {factor} en al menos la mitad de sus registros de los {days} días anteriores</translation>
    </message>
    <message>
        <source>{when}, {outcome} was {difference} ({range}).</source>
        <translation>{when}, {outcome} estuvo {difference} ({range}).</translation>
    </message>
    <message>
        <source>A driver is compared only when your last {window} days hold at least {each} check-in days with it and at least {each} without it.</source>
        <translation>Una causa de estrés solo se compara cuando sus últimos {window} días incluyen al menos {each} días de registro con ella y al menos {each} sin ella.</translation>
    </message>
    <message>
        <source>How this is worked out: the range is a 95% range, widened because one day carries over into the next. A difference is shown only when its whole range is on one side of zero. “Goes with” means the two tend to happen together, not that one causes the other.</source>
        <translation>Cómo se calcula: el intervalo es un intervalo del 95%, ampliado porque cada día influye en el siguiente. Una diferencia se muestra solo cuando todo su intervalo queda del mismo lado del cero. Que dos cosas vayan juntas significa que suelen darse a la vez, no que una cause la otra.</translation>
    </message>
    <message>
        <source>How this is worked out: each range is a 95% range for all {count} comparisons together (Bonferroni), widened because one day carries over into the next. A difference is shown only when its whole range is on one side of zero. “Goes with” means the two tend to happen together, not that one causes the other.</source>
        <translation>Cómo se calcula: cada intervalo es un intervalo del 95% para las {count} comparaciones en conjunto (Bonferroni), ampliado porque cada día influye en el siguiente. Una diferencia se muestra solo cuando todo su intervalo queda del mismo lado del cero. Que dos cosas vayan juntas significa que suelen darse a la vez, no que una cause la otra.</translation>
    </message>
    <message>
        <source>Everything is worked out on this device and never leaves it.</source>
        <translation>Todo se calcula en este dispositivo y nunca sale de él.</translation>
    </message>
</context>
<context>
    <name>InsightsChart</name>
    <message>
        <source>Insights chart</source>
        <translation>Gráfico de observaciones</translation>
    </message>
    <message>
        <source>No insights are shown.</source>
        <translation>No se muestran observaciones.</translation>
    </message>
    <message>
        <source>{outcome} (difference in points)</source>
        <translation>{outcome} (diferencia en puntos)</translation>
    </message>
    <message>
        <source>{value} lower</source>
        <translation>{value} más abajo</translation>
    </message>
    <message>
        <source>{value} higher</source>
        <translation>{value} más arriba</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>What tends to go with your harder days, from your own check-ins. These are patterns in your answers, not causes and not a diagnosis.</source>
        <translation>Lo que suele acompañar a sus días más difíciles, según sus propios registros de ánimo. Son patrones en sus respuestas, no causas ni un diagnóstico.</translation>
    </message>
    <message>
        <source>When insights appear</source>
        <translation>Cuándo aparecen las observaciones</translation>
    </message>
    <message>
        <source>Insights summary</source>
        <translation>Resumen de las observaciones</translation>
    </message>
    <message>
        <source>Insights in words</source>
        <translation>Observaciones en palabras</translation>
    </message>
    <message>
        <source>Insights table</source>
        <translation>Tabla de observaciones</translation>
    </message>
    <message>
        <source>How this is worked out</source>
        <translation>Cómo se calcula</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>A few of your recent days have been hard. If it would help, your safety plan and Find help are here whenever you want them.</source>
        <translation>Algunos de sus días recientes han sido difíciles. Si le sirve, su plan de seguridad y Buscar ayuda están aquí cuando los necesite.</translation>
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
        <source>&amp;Find help</source>
        <translation>B&amp;uscar ayuda</translation>
    </message>
    <message>
        <source>Find help</source>
        <translation>Buscar ayuda</translation>
    </message>
    <message>
        <source>Working out your insights…</source>
        <translation>Calculando sus observaciones…</translation>
    </message>
    <message>
        <source>Your insights could not be worked out just now.</source>
        <translation>En este momento no se pudieron calcular sus observaciones.</translation>
    </message>
    <message numerus="yes">
        <source>Not enough check-ins yet to compare kinds of day (%n check-in day in the last 90). Insights will appear here once there are.</source>
        <translation>
            <numerusform>Todavía no hay suficientes registros para comparar tipos de día (%n día con registro en los últimos 90). Las observaciones aparecerán aquí cuando los haya.</numerusform>
            <numerusform>Todavía no hay suficientes registros para comparar tipos de día (%n días con registro en los últimos 90). Las observaciones aparecerán aquí cuando los haya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough check-ins yet to compare kinds of day (%n check-in days in the last 90). Insights will appear here once there are.</source>
        <translation>
            <numerusform>Todavía no hay suficientes registros para comparar tipos de día (%n día con registro en los últimos 90). Las observaciones aparecerán aquí cuando los haya.</numerusform>
            <numerusform>Todavía no hay suficientes registros para comparar tipos de día (%n días con registro en los últimos 90). Las observaciones aparecerán aquí cuando los haya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No clear difference so far: the %n comparison there was enough data for did not stand out from what chance alone could give.</source>
        <translation>
            <numerusform>Por ahora no hay diferencias claras: %n comparación tuvo datos suficientes y no se distingue de lo que podría dar el simple azar.</numerusform>
            <numerusform>Por ahora no hay diferencias claras: %n comparaciones tuvieron datos suficientes y ninguna se distingue de lo que podría dar el simple azar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No clear differences so far: across the %n comparisons there was enough data for, none stood out from what chance alone could give.</source>
        <translation>
            <numerusform>Por ahora no hay diferencias claras: %n comparación tuvo datos suficientes y no se distingue de lo que podría dar el simple azar.</numerusform>
            <numerusform>Por ahora no hay diferencias claras: %n comparaciones tuvieron datos suficientes y ninguna se distingue de lo que podría dar el simple azar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n comparison showed a clear difference:</source>
        <translation>
            <numerusform>%n comparación mostró una diferencia clara:</numerusform>
            <numerusform>%n comparaciones mostraron una diferencia clara:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n comparisons showed a clear difference:</source>
        <translation>
            <numerusform>Diferencia clara en {shown} de %n comparación:</numerusform>
            <numerusform>Diferencias claras en {shown} de %n comparaciones:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsTableModel</name>
    <message>
        <source>Kind of day</source>
        <translation>Tipo de día</translation>
    </message>
    <message>
        <source>Compared on</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Range (95%)</source>
        <translation>Intervalo (95%)</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Without</source>
        <translation>Sin</translation>
    </message>
    <message>
        <source>{header}: {value}</source>
        <translation>{header}: {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyMissingScreen</name>
    <message>
        <source>Confide</source>
        <translation>Confide</translation>
    </message>
    <message>
        <source>Your vault&apos;s key file is missing</source>
        <translation>Falta el archivo de la llave de su caja fuerte</translation>
    </message>
    <message>
        <source>Confide found your vault&apos;s data file in its folder, but not the key file that opens it. This happens when a restore from a backup was interrupted, for example by a crash or a power cut. Without its key file the data file cannot be opened, so Confide does not start a new vault over it. Restore from your backup again: you need the backup file and its passphrase.</source>
        <translation>Confide encontró el archivo de datos de su caja fuerte en su carpeta, pero no el archivo de la llave que lo abre. Esto pasa cuando se interrumpe una restauración desde una copia de seguridad, por ejemplo por un cierre inesperado o un apagón. Sin su archivo de llave, el archivo de datos no se puede abrir, así que Confide no crea una caja fuerte nueva encima. Vuelva a restaurar desde su copia de seguridad: necesita el archivo de la copia y su frase de contraseña.</translation>
    </message>
    <message>
        <source>&amp;Choose the backup file…</source>
        <translation>&amp;Elegir el archivo de la copia…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Elegir el archivo de la copia de seguridad</translation>
    </message>
    <message>
        <source>Need &amp;help now?</source>
        <translation>¿Necesita a&amp;yuda ahora?</translation>
    </message>
    <message>
        <source>Need help now? Open crisis contacts</source>
        <translation>¿Necesita ayuda ahora? Abrir los contactos para crisis</translation>
    </message>
</context>
<context>
    <name>KeysGroup</name>
    <message>
        <source>A new recovery code replaces the old one, which stops working at once. Have paper ready: the new code is shown only once.</source>
        <translation>Un nuevo código de recuperación reemplaza al anterior, que deja de funcionar de inmediato. Tenga papel a mano: el nuevo código se muestra una sola vez.</translation>
    </message>
    <message>
        <source>Passphrase and recovery</source>
        <translation>Frase de contraseña y recuperación</translation>
    </message>
    <message>
        <source>Your passphrase opens the vault every day; your recovery code opens it if you forget the passphrase. Without both, nobody can open it, not even Confide.</source>
        <translation>Su frase de contraseña abre la caja fuerte todos los días; su código de recuperación la abre si olvida la frase de contraseña. Sin ninguno de los dos, nadie puede abrirla, ni siquiera Confide.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery code…</source>
        <translation>Crear un nuev&amp;o código de recuperación…</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Crear un nuevo código de recuperación</translation>
    </message>
    <message>
        <source>Re-&amp;encrypt the vault…</source>
        <translation>Volver a ci&amp;frar la caja fuerte…</translation>
    </message>
    <message>
        <source>Re-encrypt the vault</source>
        <translation>Volver a cifrar la caja fuerte</translation>
    </message>
    <message>
        <source>Re-encrypting rewrites the whole vault under a new key. Use it if you think someone could have copied your key file and your passphrase.</source>
        <translation>Volver a cifrar reescribe toda la caja fuerte con una llave nueva. Úselo si cree que alguien pudo haber copiado su archivo de llave y su frase de contraseña.</translation>
    </message>
    <message>
        <source>Your passphrase is changed and the vault is re-encrypted under a new key. Write down the new recovery code.</source>
        <translation>Su frase de contraseña cambió y la caja fuerte se volvió a cifrar con una llave nueva. Anote el nuevo código de recuperación.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one from now on.</source>
        <translation>Su frase de contraseña cambió. De ahora en adelante, use la nueva.</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Crear un código nuevo</translation>
    </message>
    <message>
        <source>Write down the new recovery code. Your old code works until you confirm.</source>
        <translation>Anote el nuevo código de recuperación. Su código anterior sigue funcionando hasta que usted confirme.</translation>
    </message>
    <message>
        <source>Your vault is re-encrypted under a new key.</source>
        <translation>Su caja fuerte se volvió a cifrar con una llave nueva.</translation>
    </message>
    <message>
        <source>You have a new recovery code. The old one no longer works.</source>
        <translation>Ya tiene un nuevo código de recuperación. El anterior ya no funciona.</translation>
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
    <name>LicenseQuestionBox</name>
    <message>
        <source>What your licensing board asks</source>
        <translation>Qué pregunta su junta de licencias</translation>
    </message>
    <message>
        <source>The Federation of State Medical Boards recommended in 2018 that license applications ask only about current impairment, not past treatment. Not every board has followed. Choose your state and board to see what its application asks.</source>
        <translation>En 2018, la Federación de Juntas Médicas Estatales (FSMB) recomendó que las solicitudes de licencia preguntaran solo por un deterioro actual, no por tratamientos pasados. No todas las juntas lo han adoptado. Elija su estado y su junta para ver qué pregunta su solicitud.</translation>
    </message>
    <message>
        <source>Your state</source>
        <translation>Su estado</translation>
    </message>
    <message>
        <source>Choose your state</source>
        <translation>Elija su estado</translation>
    </message>
    <message>
        <source>&amp;Your state</source>
        <translation>S&amp;u estado</translation>
    </message>
    <message>
        <source>Your license</source>
        <translation>Su licencia</translation>
    </message>
    <message>
        <source>Physician (state medical board)</source>
        <translation>Medicina (junta estatal de medicina)</translation>
    </message>
    <message>
        <source>Nurse (state board of nursing)</source>
        <translation>Enfermería (junta estatal de enfermería)</translation>
    </message>
    <message>
        <source>&amp;I am a</source>
        <translation>Su li&amp;cencia</translation>
    </message>
    <message>
        <source>What the board asks</source>
        <translation>Qué pregunta la junta</translation>
    </message>
    <message>
        <source>{0} medical board</source>
        <translation>Junta de medicina de {0}</translation>
    </message>
    <message>
        <source>{0} board of nursing</source>
        <translation>Junta de enfermería de {0}</translation>
    </message>
    <message>
        <source>asks only about current impairment, not past treatment.</source>
        <translation>pregunta solo por un deterioro actual, no por tratamientos pasados.</translation>
    </message>
    <message>
        <source>asks about past mental-health treatment, not only current impairment.</source>
        <translation>pregunta por tratamientos pasados de salud mental, no solo por un deterioro actual.</translation>
    </message>
    <message>
        <source>we could not confirm this for your state.</source>
        <translation>no pudimos confirmarlo para su estado.</translation>
    </message>
    <message>
        <source>{0}: a report says it {1}</source>
        <translation>{0}: según un informe, {1}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>No source we have read says what this board&apos;s application asks now. Read the board&apos;s current application before you answer its questions.</source>
        <translation>Ninguna fuente que hayamos leído dice qué pregunta ahora la solicitud de esta junta. Lea la solicitud vigente de la junta antes de responder sus preguntas.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Not confirmed. Checked {0}. Source:</source>
        <translation>Sin confirmar. Verificado el {0}. Fuente:</translation>
    </message>
    <message>
        <source>Confirmed from a primary source (the board, the state or its law, or the Dr. Lorna Breen Heroes&apos; Foundation&apos;s verification). Checked {0}. Source:</source>
        <translation>Confirmado con una fuente primaria (la junta, el estado o su ley, o la verificación de la Dr. Lorna Breen Heroes&apos; Foundation). Verificado el {0}. Fuente:</translation>
    </message>
    <message>
        <source>Unconfirmed: from a report about the board, not its own page; the application may have changed since. Checked {0}. Source:</source>
        <translation>Sin confirmar: viene de un informe sobre la junta, no de su propia página; la solicitud pudo haber cambiado desde entonces. Verificado el {0}. Fuente:</translation>
    </message>
    <message>
        <source>From your organization&apos;s directory. {0}</source>
        <translation>Del directorio de su organización. {0}</translation>
    </message>
    <message>
        <source>Choose your state to see what its board asks.</source>
        <translation>Elija su estado para ver qué pregunta su junta.</translation>
    </message>
    <message>
        <source>Loading the boards’ questions…</source>
        <translation>Cargando las preguntas de las juntas…</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Fuente: {0}</translation>
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
        <source>your new passphrase was not saved</source>
        <translation>no se guardó su nueva frase de contraseña</translation>
    </message>
    <message>
        <source>your vault was not opened</source>
        <translation>no se abrió su caja fuerte</translation>
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
        <translation>¿Necesita a&amp;yuda ahora?</translation>
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
        <translation>R&amp;estaurar desde una copia de seguridad…</translation>
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
    <name>LockingGroup</name>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Bloquear tras esta cantidad de minutos sin actividad</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after &amp;idle minutes</source>
        <translation>Minutos &amp;sin actividad antes de bloquear</translation>
    </message>
    <message numerus="yes">
        <source>at most %n minute</source>
        <translation>
            <numerusform>como máximo %n minuto</numerusform>
            <numerusform>como máximo %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n minutes</source>
        <translation>
            <numerusform>como máximo %n minuto</numerusform>
            <numerusform>como máximo %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your organization allows at most %n minute.</source>
        <translation>
            <numerusform>Su organización permite como máximo %n minuto.</numerusform>
            <numerusform>Su organización permite como máximo %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your organization allows at most %n minutes.</source>
        <translation>
            <numerusform>Su organización permite como máximo %n minuto.</numerusform>
            <numerusform>Su organización permite como máximo %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock &amp;now</source>
        <translation>Bloquear a&amp;hora</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vault unlocked — locks after 1 minute of inactivity</source>
        <translation>Caja fuerte desbloqueada — se bloquea tras 1 minuto de inactividad</translation>
    </message>
    <message>
        <source>Vault unlocked — locks after {minutes} minutes of inactivity</source>
        <translation>Caja fuerte desbloqueada — se bloquea tras {minutes} minutos de inactividad</translation>
    </message>
    <message>
        <source>Confide</source>
        <translation>Confide</translation>
    </message>
    <message>
        <source>Locks after {minutes} min idle</source>
        <translation>Se bloquea tras {minutes} min sin uso</translation>
    </message>
    <message>
        <source>Lock status</source>
        <translation>Estado del bloqueo</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Caja fuerte</translation>
    </message>
    <message>
        <source>Need &amp;help now?</source>
        <translation>¿Necesita a&amp;yuda ahora?</translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation>¿Necesita ayuda ahora?</translation>
    </message>
    <message>
        <source>Crisis lines, your safety plan and your EAP, first</source>
        <translation>Primero, las líneas de crisis, su plan de seguridad y su EAP</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock Confide now ({shortcut})</source>
        <translation>Bloquear Confide ahora ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;Quick exit</source>
        <translation>Salida &amp;rápida</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Hide every Confide window and lock at once ({shortcut})</source>
        <translation>Ocultar todas las ventanas de Confide y bloquear de inmediato ({shortcut})</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Sección actual</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Choose a section</source>
        <translation>Elija una sección</translation>
    </message>
    <message>
        <source>Peer log</source>
        <translation>Registro de apoyo entre pares</translation>
    </message>
    <message>
        <source>Peer reports</source>
        <translation>Informes de apoyo entre pares</translation>
    </message>
    <message>
        <source>Merge reports</source>
        <translation>Combinar informes</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registro de ánimo</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Find help</source>
        <translation>Buscar ayuda</translation>
    </message>
    <message>
        <source>Organization settings</source>
        <translation>Configuración de la organización</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Questionnaires are unavailable because a file shipped with Confide is damaged ({error}). Please reinstall Confide or tell your IT team.</source>
        <translation>Los cuestionarios no están disponibles porque un archivo incluido con Confide está dañado ({error}). Vuelva a instalar Confide o avise a su equipo de TI.</translation>
    </message>
</context>
<context>
    <name>MergePage</name>
    <message>
        <source>its checksum does not match: it was changed or damaged after export</source>
        <translation>su suma de comprobación no coincide: se cambió o se dañó después de exportarlo</translation>
    </message>
    <message>
        <source>its signature does not match: it was changed after it was signed</source>
        <translation>su firma no coincide: se cambió después de firmarlo</translation>
    </message>
    <message>
        <source>it is not signed (made by an older Confide, or its signature removed)</source>
        <translation>no está firmado (lo hizo una versión anterior de Confide, o se le quitó la firma)</translation>
    </message>
    <message>
        <source>it was written by a newer Confide</source>
        <translation>lo escribió una versión más nueva de Confide</translation>
    </message>
    <message>
        <source>it is not a Confide peer support report</source>
        <translation>no es un informe de apoyo entre pares de Confide</translation>
    </message>
    <message>
        <source>it is not a report file (not JSON)</source>
        <translation>no es un archivo de informe (no es JSON)</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <source>it breaks the report rules (a small count is shown, or totals do not add up)</source>
        <translation>no cumple las reglas del informe (muestra un recuento pequeño, o los totales no cuadran)</translation>
    </message>
    <message>
        <source>it cannot be used</source>
        <translation>no se puede usar</translation>
    </message>
    <message>
        <source>Choose supporters&apos; reports</source>
        <translation>Elegir los informes de los consejeros pares</translation>
    </message>
    <message>
        <source>Confide reports (*.json)</source>
        <translation>Informes de Confide (*.json)</translation>
    </message>
    <message>
        <source>Merge supporters&apos; reports</source>
        <translation>Combinar los informes de los consejeros pares</translation>
    </message>
    <message>
        <source>Each file is checked (signature and rules) before it is used. Cells a report hides stay hidden; the merged report is suppressed again. One supporter&apos;s reports may not overlap in time.</source>
        <translation>Cada archivo se revisa (firma y reglas) antes de usarlo. Las celdas que un informe oculta siguen ocultas; el informe combinado se vuelve a suprimir. Los informes de un mismo consejero par no pueden superponerse en el tiempo.</translation>
    </message>
    <message>
        <source>Reports to merge</source>
        <translation>Informes para combinar</translation>
    </message>
    <message>
        <source>&amp;Add reports…</source>
        <translation>&amp;Agregar informes…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Merge and preview</source>
        <translation>&amp;Combinar y ver la vista previa</translation>
    </message>
    <message>
        <source>Merge status</source>
        <translation>Estado de la combinación</translation>
    </message>
    <message>
        <source>Peer support program</source>
        <translation>Programa de apoyo entre pares</translation>
    </message>
    <message>
        <source>Merged report label, identifies no one</source>
        <translation>Etiqueta del informe combinado, no identifica a nadie</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Etiqueta</translation>
    </message>
    <message>
        <source>Nothing to show yet. Add supporters&apos; report files and press Merge and preview: nothing is written until you export.</source>
        <translation>Todavía no hay nada que mostrar. Agregue los archivos de informe de los consejeros pares y pulse Combinar y ver la vista previa: no se escribe nada hasta que usted exporte.</translation>
    </message>
    <message>
        <source>Add at least two supporters&apos; report files (the .json files they exported) to merge them.</source>
        <translation>Agregue al menos dos archivos de informe de los consejeros pares (los archivos .json que exportaron) para combinarlos.</translation>
    </message>
    <message>
        <source>Cannot merge: {reason}.</source>
        <translation>No se puede combinar: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Checking and merging %n reports…</source>
        <translation>
            <numerusform>Revisando y combinando %n informe…</numerusform>
            <numerusform>Revisando y combinando %n informes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged. The preview below is exactly what will be exported.</source>
        <translation>Combinado. La vista previa de abajo es exactamente lo que se exportará.</translation>
    </message>
    <message>
        <source>{name} was refused: {words}. Nothing was merged.</source>
        <translation>Se rechazó {name}: {words}. No se combinó nada.</translation>
    </message>
    <message>
        <source>The reports could not be merged. Please try again.</source>
        <translation>No se pudieron combinar los informes. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseField</name>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>&amp;Escríbala otra vez</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>Confirme la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>&amp;Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase strength in words</source>
        <translation>Solidez de la frase de contraseña, en palabras</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>Consejo sobre la frase de contraseña</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña todavía no son iguales.</translation>
    </message>
    <message>
        <source>No passphrase yet</source>
        <translation>Todavía no hay frase de contraseña</translation>
    </message>
    <message>
        <source>Strength: {words}</source>
        <translation>Solidez: {words}</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sólida</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy sólida</translation>
    </message>
    <message>
        <source>Choose a passphrase: four or more unrelated words work well.</source>
        <translation>Elija una frase de contraseña: cuatro o más palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message numerus="yes">
        <source>Use {minimum} or more characters: %n more to go.</source>
        <translation>
            <numerusform>Use {minimum} caracteres o más: falta %n.</numerusform>
            <numerusform>Use {minimum} caracteres o más: faltan %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too easy to guess. Add another uncommon word or two.</source>
        <translation>Es demasiado fácil de adivinar. Agregue una o dos palabras poco comunes.</translation>
    </message>
    <message>
        <source>Good. Another word would make it even stronger.</source>
        <translation>Bien. Otra palabra la haría todavía más sólida.</translation>
    </message>
    <message>
        <source>Very strong. Make sure you can remember it.</source>
        <translation>Muy sólida. Asegúrese de poder recordarla.</translation>
    </message>
</context>
<context>
    <name>NoteChecker</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone or fax number</source>
        <translation>Número de teléfono o fax</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address or place</source>
        <translation>Dirección o lugar</translation>
    </message>
    <message>
        <source>Exact date</source>
        <translation>Fecha exacta</translation>
    </message>
    <message>
        <source>Identifying number</source>
        <translation>Número identificador</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Age over 89</source>
        <translation>Edad mayor de 89 años</translation>
    </message>
    <message>
        <source>Short &amp;note (optional; no names, places, dates or numbers)</source>
        <translation>&amp;Nota breve (opcional; sin nombres, lugares, fechas ni números)</translation>
    </message>
    <message>
        <source>Short note, optional, checked for identifiers</source>
        <translation>Nota breve, opcional, revisada en busca de identificadores</translation>
    </message>
    <message>
        <source>What helped, in general words. It stays encrypted on this computer and is never exported.</source>
        <translation>Lo que ayudó, en términos generales. Se guarda cifrada en esta computadora y nunca se exporta.</translation>
    </message>
    <message>
        <source>Identifier check</source>
        <translation>Revisión de identificadores</translation>
    </message>
    <message>
        <source>Identifiers found in the note</source>
        <translation>Identificadores encontrados en la nota</translation>
    </message>
    <message>
        <source>&amp;Redact all</source>
        <translation>Su&amp;primir todos</translation>
    </message>
    <message>
        <source>Redact all identifiers in the note</source>
        <translation>Suprimir todos los identificadores de la nota</translation>
    </message>
    <message>
        <source>Not an &amp;identifier</source>
        <translation>No es un &amp;identificador</translation>
    </message>
    <message>
        <source>Mark the selected finding as not an identifier</source>
        <translation>Marcar el hallazgo elegido como que no es un identificador</translation>
    </message>
    <message>
        <source>{kind}: “{text}”</source>
        <translation>{kind}: “{text}”</translation>
    </message>
    <message numerus="yes">
        <source>The note is %n character too long (the most is {most}).</source>
        <translation>
            <numerusform>A la nota le sobra %n carácter (el máximo es {most}).</numerusform>
            <numerusform>A la nota le sobran %n caracteres (el máximo es {most}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The note is %n characters too long (the most is {most}).</source>
        <translation>
            <numerusform>A la nota le sobra %n carácter (el máximo es {most}).</numerusform>
            <numerusform>A la nota le sobran %n caracteres (el máximo es {most}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the note for identifiers…</source>
        <translation>Revisando la nota en busca de identificadores…</translation>
    </message>
    <message numerus="yes">
        <source>%n possible identifier found. Redact it, or mark it as not an identifier, to save.</source>
        <translation>
            <numerusform>Se encontró %n posible identificador. Suprímalo, o márquelo como que no es un identificador, para guardar.</numerusform>
            <numerusform>Se encontraron %n posibles identificadores. Suprímalos, o marque uno como que no es un identificador, para guardar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible identifiers found. Redact them, or mark one as not an identifier, to save.</source>
        <translation>
            <numerusform>Se encontró %n posible identificador. Suprímalo, o márquelo como que no es un identificador, para guardar.</numerusform>
            <numerusform>Se encontraron %n posibles identificadores. Suprímalos, o marque uno como que no es un identificador, para guardar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No identifiers found.</source>
        <translation>No se encontraron identificadores.</translation>
    </message>
    <message>
        <source>Redact this</source>
        <translation>Suprimir esto</translation>
    </message>
    <message>
        <source>Not an identifier</source>
        <translation>No es un identificador</translation>
    </message>
</context>
<context>
    <name>PassphraseCheckDialog</name>
    <message>
        <source>Your passphrase</source>
        <translation>Su frase de contraseña</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>Su &amp;frase de contraseña</translation>
    </message>
    <message>
        <source>Re-encrypt the vault</source>
        <translation>Volver a cifrar la caja fuerte</translation>
    </message>
    <message>
        <source>This re-encrypts your whole vault under a brand-new key. It can take a moment for a large vault. You will get a new recovery code (the old one stops working), and quick unlock is turned off. Do this if you think a copy of your key could have been seen.</source>
        <translation>Esto vuelve a cifrar toda su caja fuerte con una llave completamente nueva. Puede tardar un momento si la caja fuerte es grande. Recibirá un nuevo código de recuperación (el anterior deja de funcionar) y el desbloqueo rápido se desactivará. Hágalo si cree que alguien pudo haber visto una copia de su llave.</translation>
    </message>
    <message>
        <source>&amp;Re-encrypt</source>
        <translation>&amp;Volver a cifrar</translation>
    </message>
</context>
<context>
    <name>PastContacts</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <source>Role group</source>
        <translation>Grupo de rol</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Last {days} days</source>
        <translation>Últimos {days} días</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{day}, done</source>
        <translation>{day}, hecho</translation>
    </message>
    <message>
        <source>{day}, overdue</source>
        <translation>{day}, atrasado</translation>
    </message>
</context>
<context>
    <name>PastContactsPanel</name>
    <message>
        <source>Changes saved.</source>
        <translation>Se guardaron los cambios.</translation>
    </message>
    <message>
        <source>Contact deleted.</source>
        <translation>Se eliminó el contacto.</translation>
    </message>
    <message>
        <source>Categories only, newest first. Open a contact to read or correct its note.</source>
        <translation>Solo categorías, los más recientes primero. Abra un contacto para leer o corregir su nota.</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show contacts from</source>
        <translation>Ver los contactos de</translation>
    </message>
    <message>
        <source>How many contacts are listed</source>
        <translation>Cuántos contactos hay en la lista</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Abr&amp;ir</translation>
    </message>
    <message>
        <source>Open the selected contact to correct it</source>
        <translation>Abrir el contacto elegido para corregirlo</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected contact</source>
        <translation>Eliminar el contacto elegido</translation>
    </message>
    <message>
        <source>Past contacts status</source>
        <translation>Estado de los contactos anteriores</translation>
    </message>
    <message>
        <source>Confirm deleting a contact</source>
        <translation>Confirmar que se elimina un contacto</translation>
    </message>
    <message>
        <source>&amp;Yes, delete it</source>
        <translation>&amp;Sí, eliminarlo</translation>
    </message>
    <message>
        <source>Yes, delete this contact for good</source>
        <translation>Sí, eliminar este contacto para siempre</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>C&amp;onservarlo</translation>
    </message>
    <message>
        <source>Keep this contact</source>
        <translation>Conservar este contacto</translation>
    </message>
    <message>
        <source>the list cannot be shown</source>
        <translation>no se puede mostrar la lista</translation>
    </message>
    <message>
        <source>the contact cannot be opened</source>
        <translation>no se puede abrir el contacto</translation>
    </message>
    <message>
        <source>the changes were not saved</source>
        <translation>no se guardaron los cambios</translation>
    </message>
    <message>
        <source>Delete the contact of {day} ({kind}, {role}), with its note? This cannot be undone.</source>
        <translation>¿Eliminar el contacto del {day} ({kind}, {role}), con su nota? No se puede deshacer.</translation>
    </message>
    <message>
        <source>nothing was deleted</source>
        <translation>no se eliminó nada</translation>
    </message>
    <message>
        <source>No contacts in this period</source>
        <translation>No hay contactos en este periodo</translation>
    </message>
    <message numerus="yes">
        <source>%n contact</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PastContactsTable</name>
    <message>
        <source>Past contacts</source>
        <translation>Contactos anteriores</translation>
    </message>
</context>
<context>
    <name>PeerContact</name>
    <message>
        <source>One-to-one in person</source>
        <translation>Individual en persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Group debrief</source>
        <translation>Sesión grupal de análisis</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Enfermería</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Medicina</translation>
    </message>
    <message>
        <source>Resident or fellow</source>
        <translation>Residente o becario (fellow)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Advanced practice</source>
        <translation>Práctica avanzada</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <source>Allied health</source>
        <translation>Profesiones afines de la salud</translation>
    </message>
    <message>
        <source>Support staff</source>
        <translation>Personal de apoyo</translation>
    </message>
    <message>
        <source>Other role</source>
        <translation>Otro rol</translation>
    </message>
    <message>
        <source>Adverse event or error</source>
        <translation>Evento adverso o error</translation>
    </message>
    <message>
        <source>Patient death</source>
        <translation>Muerte de un paciente</translation>
    </message>
    <message>
        <source>Workplace violence</source>
        <translation>Violencia en el trabajo</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>Litigio</translation>
    </message>
    <message>
        <source>Moral distress</source>
        <translation>Angustia moral</translation>
    </message>
    <message>
        <source>Personal or family</source>
        <translation>Personal o familiar</translation>
    </message>
    <message>
        <source>Surge or crisis staffing</source>
        <translation>Sobrecarga o personal de crisis</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Otro evento</translation>
    </message>
    <message>
        <source>Listening / psychological first aid</source>
        <translation>Escucha / primeros auxilios psicológicos</translation>
    </message>
    <message>
        <source>Normalizing reactions</source>
        <translation>Normalizar las reacciones</translation>
    </message>
    <message>
        <source>Coping strategies</source>
        <translation>Estrategias de afrontamiento</translation>
    </message>
    <message>
        <source>Sleep and self-care</source>
        <translation>Sueño y autocuidado</translation>
    </message>
    <message>
        <source>Practical help (time off, logistics)</source>
        <translation>Ayuda práctica (días libres, logística)</translation>
    </message>
    <message>
        <source>Follow-up arranged</source>
        <translation>Seguimiento acordado</translation>
    </message>
    <message>
        <source>Other support</source>
        <translation>Otro apoyo</translation>
    </message>
    <message>
        <source>Employee Assistance Program</source>
        <translation>Programa de Asistencia al Empleado</translation>
    </message>
    <message>
        <source>988 or another crisis line</source>
        <translation>988 u otra línea de crisis</translation>
    </message>
    <message>
        <source>Physician or nurse support line</source>
        <translation>Línea de apoyo para médicos o personal de enfermería</translation>
    </message>
    <message>
        <source>Counselor or therapist</source>
        <translation>Consejero o terapeuta</translation>
    </message>
    <message>
        <source>Psychiatry</source>
        <translation>Psiquiatría</translation>
    </message>
    <message>
        <source>Substance use service</source>
        <translation>Servicio para el consumo de sustancias</translation>
    </message>
    <message>
        <source>Physician health program</source>
        <translation>Programa de salud para médicos</translation>
    </message>
    <message>
        <source>Chaplain or spiritual care</source>
        <translation>Capellán o atención espiritual</translation>
    </message>
    <message>
        <source>Peer support group</source>
        <translation>Grupo de apoyo entre pares</translation>
    </message>
    <message>
        <source>Other resource</source>
        <translation>Otro recurso</translation>
    </message>
    <message>
        <source>choose at least one thing that happened (Other is fine)</source>
        <translation>elija al menos una cosa que pasó (Otro evento sirve)</translation>
    </message>
    <message>
        <source>the follow-up date cannot be before the contact</source>
        <translation>la fecha del seguimiento no puede ser anterior al contacto</translation>
    </message>
    <message>
        <source>Up to 15 minutes</source>
        <translation>Hasta 15 minutos</translation>
    </message>
    <message>
        <source>16 to 30 minutes</source>
        <translation>De 16 a 30 minutos</translation>
    </message>
    <message>
        <source>31 to 60 minutes</source>
        <translation>De 31 a 60 minutos</translation>
    </message>
    <message>
        <source>Over an hour</source>
        <translation>Más de una hora</translation>
    </message>
    <message>
        <source>Contacts by type</source>
        <translation>Contactos por tipo</translation>
    </message>
    <message>
        <source>Contacts by role group</source>
        <translation>Contactos por grupo de rol</translation>
    </message>
    <message>
        <source>Contacts by duration</source>
        <translation>Contactos por duración</translation>
    </message>
    <message>
        <source>What happened (a contact may name several)</source>
        <translation>Qué pasó (un contacto puede indicar varias cosas)</translation>
    </message>
    <message>
        <source>Support given (a contact may have several)</source>
        <translation>Apoyo brindado (un contacto puede tener varios)</translation>
    </message>
    <message>
        <source>Referrals by resource type (a contact may have several)</source>
        <translation>Derivaciones por tipo de recurso (un contacto puede tener varias)</translation>
    </message>
</context>
<context>
    <name>PeerLogFailure</name>
    <message>
        <source>The note still holds an identifier, so {undone}. Redact it first.</source>
        <translation>La nota todavía contiene un identificador, así que {undone}. Suprímalo primero.</translation>
    </message>
    <message>
        <source>That contact is no longer in the log, so {undone}.</source>
        <translation>Ese contacto ya no está en el registro, así que {undone}.</translation>
    </message>
</context>
<context>
    <name>PeerLogMonths</name>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
</context>
<context>
    <name>PeerLogPage</name>
    <message>
        <source>Contact saved. Thank you for supporting a colleague.</source>
        <translation>Se guardó el contacto. Gracias por apoyar a un colega.</translation>
    </message>
    <message>
        <source>Peer log</source>
        <translation>Registro de apoyo entre pares</translation>
    </message>
    <message>
        <source>New &amp;contact</source>
        <translation>Nuevo &amp;contacto</translation>
    </message>
    <message>
        <source>&amp;Past contacts</source>
        <translation>Contactos &amp;anteriores</translation>
    </message>
    <message>
        <source>Log a support contact</source>
        <translation>Registrar un contacto de apoyo</translation>
    </message>
    <message>
        <source>Only categories are recorded: there is no place for a name, and none is needed. Ctrl+Enter saves.</source>
        <translation>Solo se registran categorías: no hay lugar para un nombre, y no hace falta ninguno. Ctrl+Enter guarda.</translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation>&amp;Guardar el contacto</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Guardar el contacto</translation>
    </message>
    <message>
        <source>Peer log status</source>
        <translation>Estado del registro de apoyo entre pares</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>&amp;Mark follow-up done</source>
        <translation>&amp;Marcar el seguimiento como hecho</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done</source>
        <translation>Marcar como hecho el seguimiento elegido</translation>
    </message>
    <message>
        <source>the follow-ups cannot be shown</source>
        <translation>no se pueden mostrar los seguimientos</translation>
    </message>
    <message>
        <source>No follow-ups are due.</source>
        <translation>No hay seguimientos pendientes.</translation>
    </message>
    <message>
        <source>the contact was not saved</source>
        <translation>no se guardó el contacto</translation>
    </message>
    <message>
        <source>Select a follow-up first.</source>
        <translation>Primero elija un seguimiento.</translation>
    </message>
    <message>
        <source>the follow-up was not marked done</source>
        <translation>el seguimiento no se marcó como hecho</translation>
    </message>
</context>
<context>
    <name>PeerLogRefusal</name>
    <message>
        <source>the label is {length} characters; the most is {most}</source>
        <translation>la etiqueta tiene {length} caracteres; el máximo es {most}</translation>
    </message>
    <message>
        <source>the label must be one line</source>
        <translation>la etiqueta debe ser de una sola línea</translation>
    </message>
    <message>
        <source>the label looks like it holds an identifier (a name, place, date or number); choose words that identify no one</source>
        <translation>parece que la etiqueta contiene un identificador (un nombre, lugar, fecha o número); elija palabras que no identifiquen a nadie</translation>
    </message>
    <message>
        <source>the record of earlier releases kept beside the vault ({name} in {folder}) is damaged, so a new report could overlap one already released; ask your IT team. Removing that file lets reports be made again, without this check</source>
        <translation>el registro de las publicaciones anteriores que se guarda junto a la caja fuerte ({name} en {folder}) está dañado, así que un informe nuevo podría superponerse con uno ya publicado; consulte a su equipo de TI. Si se quita ese archivo, se pueden volver a hacer informes, sin esta comprobación</translation>
    </message>
    <message>
        <source>only a supporter&apos;s own report is recorded</source>
        <translation>solo se registra el informe propio de un consejero par</translation>
    </message>
    <message>
        <source>this report was released already</source>
        <translation>este informe ya se publicó</translation>
    </message>
    <message>
        <source>{first} to {last} is not a whole calendar month, quarter, half-year or year; reports cover only those fixed periods</source>
        <translation>de {first} a {last} no es un mes, trimestre, semestre o año calendario completo; los informes cubren solo esos periodos fijos</translation>
    </message>
    <message>
        <source>{period} overlaps the report already released for {earlier} (released {day}); together they could give a small count away</source>
        <translation>{period} se superpone con el informe ya publicado para {earlier} (publicado el {day}); juntos podrían revelar un recuento pequeño</translation>
    </message>
    <message>
        <source>{month} has {left} of its privacy budget (epsilon {budget} a month) left, less than the {epsilon} this report would spend</source>
        <translation>a {month} le queda {left} de su presupuesto de privacidad (épsilon {budget} por mes), menos que los {epsilon} que gastaría este informe</translation>
    </message>
    <message>
        <source>choose at least two reports to merge</source>
        <translation>elija al menos dos informes para combinar</translation>
    </message>
    <message>
        <source>a report was chosen twice (perhaps inside a merged report); it would count its contacts twice</source>
        <translation>se eligió un informe dos veces (quizás dentro de un informe combinado); sus contactos se contarían dos veces</translation>
    </message>
    <message>
        <source>the reports span too long a period (at most {most} months)</source>
        <translation>los informes abarcan un periodo demasiado largo (como máximo {most} meses)</translation>
    </message>
    <message>
        <source>the reports contradict each other (their tables cannot all be true), so they were not made by Confide as they are</source>
        <translation>los informes se contradicen (sus tablas no pueden ser todas ciertas), así que Confide no los hizo tal como están</translation>
    </message>
    <message>
        <source>a merged report is not signed, so it cannot be merged again; merge the supporters&apos; own signed reports instead</source>
        <translation>un informe combinado no está firmado, así que no se puede volver a combinar; combine en su lugar los informes firmados de los propios consejeros pares</translation>
    </message>
    <message>
        <source>a report covers {first} to {last}, which is not a whole calendar month, quarter, half-year or year</source>
        <translation>un informe cubre de {first} a {last}, que no es un mes, trimestre, semestre o año calendario completo</translation>
    </message>
    <message>
        <source>two reports signed by the same supporter overlap ({one} and {other}); together they could give a small count away, so they are not merged</source>
        <translation>dos informes firmados por el mismo consejero par se superponen ({one} y {other}); juntos podrían revelar un recuento pequeño, así que no se combinan</translation>
    </message>
</context>
<context>
    <name>PoliciesPage</name>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Definido por</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Managed by your organization</source>
        <translation>Administrado por su organización</translation>
    </message>
    <message>
        <source>Recommended by your organization</source>
        <translation>Recomendado por su organización</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Confide&apos;s default</source>
        <translation>Valor inicial de Confide</translation>
    </message>
    <message>
        <source>Organization settings</source>
        <translation>Configuración de la organización</translation>
    </message>
    <message>
        <source>{name} has set some of Confide&apos;s settings on this computer. Settings marked “Managed by your organization” cannot be changed here. None of them lets anyone see what you write in Confide.</source>
        <translation>{name} definió algunos ajustes de Confide en esta computadora. Los ajustes marcados como “Administrado por su organización” no se pueden cambiar aquí. Ninguno de ellos permite que nadie vea lo que usted escribe en Confide.</translation>
    </message>
    <message>
        <source>Your organization can set some of Confide&apos;s settings on this computer. Settings marked “Managed by your organization” cannot be changed here. None of them lets anyone see what you write in Confide.</source>
        <translation>Su organización puede definir algunos ajustes de Confide en esta computadora. Los ajustes marcados como “Administrado por su organización” no se pueden cambiar aquí. Ninguno de ellos permite que nadie vea lo que usted escribe en Confide.</translation>
    </message>
    <message>
        <source>Settings and who set them</source>
        <translation>Ajustes y quién los definió</translation>
    </message>
    <message>
        <source>Some of your organization&apos;s settings could not be read and are left out; the table above shows what is in force instead. Nothing you wrote is affected. Please show these lines to your IT team:
{details}</source>
        <translation>No se pudieron leer algunos ajustes de su organización y se dejaron de lado; la tabla de arriba muestra los que están en vigor. Nada de lo que usted escribió se ve afectado. Muestre estas líneas a su equipo de TI:
{details}</translation>
    </message>
    <message>
        <source>Problems in the policy files</source>
        <translation>Problemas en los archivos de políticas</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <source>Employee Assistance Program</source>
        <translation>Programa de Asistencia al Empleado</translation>
    </message>
    <message>
        <source>Directory bundle</source>
        <translation>Paquete del directorio</translation>
    </message>
    <message>
        <source>Offer quick unlock</source>
        <translation>Ofrecer el desbloqueo rápido</translation>
    </message>
    <message>
        <source>Longest quick-unlock lifetime (days)</source>
        <translation>Duración máxima del desbloqueo rápido (días)</translation>
    </message>
    <message>
        <source>Offer the peer supporter&apos;s log</source>
        <translation>Ofrecer el registro de apoyo entre pares</translation>
    </message>
    <message>
        <source>Longest auto-lock time (minutes)</source>
        <translation>Tiempo máximo antes del bloqueo automático (minutos)</translation>
    </message>
    <message>
        <source>Check-in reminder defaults</source>
        <translation>Recordatorios predeterminados del registro de ánimo</translation>
    </message>
    <message>
        <source>Offer anonymous burnout prevalence tokens</source>
        <translation>Ofrecer tokens anónimos de prevalencia del agotamiento laboral</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Offer personal export</source>
        <translation>Ofrecer la exportación personal</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>El mismo de la computadora</translation>
    </message>
    <message>
        <source>{days} at {time}</source>
        <translation>{days} a las {time}</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>sin recordatorios</translation>
    </message>
    <message>
        <source>{reminders}; quiet {start}-{end}</source>
        <translation>{reminders}; horas de silencio {start}-{end}</translation>
    </message>
    <message>
        <source>{location} (1 pinned key{floor})</source>
        <translation>{location} (1 llave fijada{floor})</translation>
    </message>
    <message>
        <source>{location} ({count} pinned keys{floor})</source>
        <translation>{location} ({count} llaves fijadas{floor})</translation>
    </message>
    <message>
        <source>, version {minimum} or newer</source>
        <translation>, versión {minimum} o posterior</translation>
    </message>
</context>
<context>
    <name>PrevalenceSection</name>
    <message>
        <source>Anonymous burnout measure</source>
        <translation>Medición anónima del agotamiento laboral</translation>
    </message>
    <message>
        <source>Your organization measures how common burnout is among its staff. Once a quarter you may make a token from your single-item burnout answer and hand the file to your peer-support coordinator. Confide sends nothing.</source>
        <translation>Su organización mide qué tan común es el agotamiento laboral entre su personal. Una vez por trimestre, usted puede crear un token a partir de su respuesta a la pregunta sobre agotamiento laboral y entregar el archivo a la coordinación de apoyo entre pares. Confide no envía nada.</translation>
    </message>
    <message>
        <source>How private it is: each answer in a token is written as it is with probability 3 in 4 and reversed with probability 1 in 4, drawn on this computer. Whatever a token says, it makes either answer at most 3 times more likely than the other: differential privacy with ε = ln 3 ≈ {one} per answer, ≈ {two} for a quarter&apos;s token with both answers. Tokens add up: the coordinator knows who handed each one over, so a year of four tokens is at most ε ≈ {year} in total (odds shifted at most {odds} times for an answer that stays the same all year).</source>
        <translation>Qué tan privado es: cada respuesta de un token se escribe tal como es con una probabilidad de 3 en 4 y al revés con una probabilidad de 1 en 4, según un sorteo hecho en esta computadora. Diga lo que diga un token, hace que una respuesta sea como máximo 3 veces más probable que la otra: privacidad diferencial con ε = ln 3 ≈ {one} por respuesta, ≈ {two} para el token de un trimestre con ambas respuestas. Los tokens se suman: la coordinación sabe quién entregó cada uno, así que un año de cuatro tokens es como máximo ε ≈ {year} en total (las probabilidades cambian como máximo {odds} veces para una respuesta que se mantiene igual todo el año).</translation>
    </message>
    <message>
        <source>How private a token is</source>
        <translation>Qué tan privado es un token</translation>
    </message>
    <message>
        <source>Take part in the anonymous b&amp;urnout measure</source>
        <translation>Participar en la &amp;medición anónima del agotamiento laboral</translation>
    </message>
    <message>
        <source>Take part in the anonymous burnout measure</source>
        <translation>Participar en la medición anónima del agotamiento laboral</translation>
    </message>
    <message>
        <source>You still see each quarter&apos;s token and choose whether to save it.</source>
        <translation>Usted sigue viendo el token de cada trimestre y decide si lo guarda.</translation>
    </message>
    <message>
        <source>Burnout token status</source>
        <translation>Estado del token de agotamiento laboral</translation>
    </message>
    <message>
        <source>Reading your choice…</source>
        <translation>Leyendo su elección…</translation>
    </message>
    <message>
        <source>Your {period} token is saved. Saving it again writes the same file.</source>
        <translation>Su token de {period} está guardado. Si lo guarda de nuevo, se escribe el mismo archivo.</translation>
    </message>
    <message>
        <source>No token made for {period} yet.</source>
        <translation>Todavía no se creó ningún token para {period}.</translation>
    </message>
    <message>
        <source>Off: tick the box above to make a token.</source>
        <translation>Desactivado: marque la casilla de arriba para crear un token.</translation>
    </message>
    <message>
        <source>Sa&amp;ve the {period} token again…</source>
        <translation>Guardar de nuevo el to&amp;ken de {period}…</translation>
    </message>
    <message>
        <source>&amp;Make the {period} token…</source>
        <translation>Crear el to&amp;ken de {period}…</translation>
    </message>
    <message>
        <source>Confide could not read or save this choice.</source>
        <translation>Confide no pudo leer ni guardar esta elección.</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Report preview: exactly what will be exported</source>
        <translation>Vista previa del informe: exactamente lo que se exportará</translation>
    </message>
    <message>
        <source>Nothing to show yet. Choose a period and press Preview: nothing is written until you export.</source>
        <translation>Todavía no hay nada que mostrar. Elija un periodo y pulse Vista previa: no se escribe nada hasta que usted exporte.</translation>
    </message>
</context>
<context>
    <name>PrintToPdf</name>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation>&amp;Imprimir en PDF…</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Imprimir en PDF</translation>
    </message>
    <message>
        <source>Your plan was saved as {name}. The file is not encrypted.</source>
        <translation>Su plan se guardó como {name}. El archivo no está cifrado.</translation>
    </message>
    <message>
        <source>The disk is full, so the PDF was not written. Free some space and try again.</source>
        <translation>El disco está lleno, así que no se escribió el PDF. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The PDF could not be written there. Please choose another folder.</source>
        <translation>No se pudo escribir el PDF ahí. Elija otra carpeta, por favor.</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>Thank you for answering honestly. One of your answers tells us things have been very hard lately. You do not have to face this alone: people are ready to listen right now, free and confidential, any time of day or night. Reaching out is a strong step, and things can get better with support.</source>
        <translation>Gracias por responder con sinceridad. Una de sus respuestas nos dice que las cosas han estado muy difíciles últimamente. No tiene que enfrentar esto a solas: hay personas listas para escucharle ahora mismo, de forma gratuita y confidencial, a cualquier hora del día o de la noche. Pedir ayuda es un paso valiente, y con apoyo las cosas pueden mejorar.</translation>
    </message>
    <message>
        <source>{title}: {name}</source>
        <translation>{title}: {name}</translation>
    </message>
    <message>
        <source>Questionnaire title</source>
        <translation>Título del cuestionario</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>{label} ({value})</source>
        <translation>{label} ({value})</translation>
    </message>
    <message>
        <source>{label}, {value}</source>
        <translation>{label}, {value}</translation>
    </message>
    <message>
        <source>Arrow keys or the number keys choose; Enter goes on; Alt+B goes back.</source>
        <translation>Las flechas o los números eligen; Enter avanza; Alt+B retrocede.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back to the previous question</source>
        <translation>Volver a la pregunta anterior</translation>
    </message>
    <message>
        <source>Questionnaire status</source>
        <translation>Estado del cuestionario</translation>
    </message>
    <message>
        <source>License and attribution</source>
        <translation>Licencia y atribución</translation>
    </message>
    <message>
        <source>You are not alone</source>
        <translation>No tiene que pasar por esto a solas</translation>
    </message>
    <message>
        <source>Crisis step heading</source>
        <translation>Título del paso de crisis</translation>
    </message>
    <message>
        <source>Crisis step message</source>
        <translation>Mensaje del paso de crisis</translation>
    </message>
    <message>
        <source>&amp;Reach someone now</source>
        <translation>&amp;Hablar con alguien ahora</translation>
    </message>
    <message>
        <source>Reach someone now: show crisis lines</source>
        <translation>Hablar con alguien ahora: mostrar las líneas de crisis</translation>
    </message>
    <message>
        <source>&amp;Continue to my result</source>
        <translation>&amp;Continuar a mi resultado</translation>
    </message>
    <message>
        <source>Continue to my result</source>
        <translation>Continuar a mi resultado</translation>
    </message>
    <message>
        <source>One more question. It is optional and is not added to your score.</source>
        <translation>Una pregunta más. Es opcional y no se suma a su puntuación.</translation>
    </message>
    <message>
        <source>About this question</source>
        <translation>Sobre esta pregunta</translation>
    </message>
    <message>
        <source>&amp;See result</source>
        <translation>&amp;Ver el resultado</translation>
    </message>
    <message>
        <source>See result</source>
        <translation>Ver el resultado</translation>
    </message>
    <message>
        <source>Shows your result, with or without an answer to this question</source>
        <translation>Muestra su resultado, con o sin respuesta a esta pregunta</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Please choose an answer to go on.</source>
        <translation>Elija una respuesta para continuar.</translation>
    </message>
    <message>
        <source>This question still needs an answer.</source>
        <translation>Esta pregunta todavía necesita una respuesta.</translation>
    </message>
    <message>
        <source>this result was not saved</source>
        <translation>este resultado no se guardó</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Pregunta {number} de {total}</translation>
    </message>
</context>
<context>
    <name>QuestionnairesPage</name>
    <message>
        <source>Not done yet</source>
        <translation>Todavía no lo ha hecho</translation>
    </message>
    <message>
        <source>Last done {day}</source>
        <translation>Última vez: {day}</translation>
    </message>
    <message>
        <source>{when} · suggested now</source>
        <translation>{when} · sugerido ahora</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Short, validated questionnaires that clinicians use. Your answers and scores stay in your vault. They are suggested now and then; take one whenever you like.</source>
        <translation>Cuestionarios breves y validados que usan los profesionales de salud. Sus respuestas y puntuaciones se quedan en su caja fuerte. Se le sugieren de vez en cuando; puede responder uno cuando quiera.</translation>
    </message>
    <message>
        <source>{title} status</source>
        <translation>Estado de {title}</translation>
    </message>
    <message>
        <source>Start {title}</source>
        <translation>Comenzar {title}</translation>
    </message>
    <message>
        <source>In English only</source>
        <translation>Solo en inglés</translation>
    </message>
    <message>
        <source>&amp;Back to questionnaires</source>
        <translation>&amp;Volver a los cuestionarios</translation>
    </message>
    <message>
        <source>Back to questionnaires</source>
        <translation>Volver a los cuestionarios</translation>
    </message>
</context>
<context>
    <name>QuickUnlockGroup</name>
    <message>
        <source>On a computer your workplace manages, IT may be able to read the system keyring (on Windows, domain administrators hold the backup keys). Use quick unlock only on your own device.</source>
        <translation>En una computadora que administra su lugar de trabajo, el equipo de TI podría leer el llavero del sistema (en Windows, los administradores del dominio tienen las llaves de respaldo). Use el desbloqueo rápido solo en su propio dispositivo.</translation>
    </message>
    <message>
        <source>Quick unlock</source>
        <translation>Desbloqueo rápido</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>Revisando el llavero del sistema…</translation>
    </message>
    <message>
        <source>Quick unlock status</source>
        <translation>Estado del desbloqueo rápido</translation>
    </message>
    <message>
        <source>Quick unlock lasts this many days</source>
        <translation>El desbloqueo rápido dura esta cantidad de días</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Quick unlock la&amp;sts</source>
        <translation>El desbloqueo rápido &amp;dura</translation>
    </message>
    <message numerus="yes">
        <source>at most %n day</source>
        <translation>
            <numerusform>como máximo %n día</numerusform>
            <numerusform>como máximo %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n days</source>
        <translation>
            <numerusform>como máximo %n día</numerusform>
            <numerusform>como máximo %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn &amp;on quick unlock…</source>
        <translation>&amp;Activar el desbloqueo rápido…</translation>
    </message>
    <message>
        <source>Turn on quick unlock</source>
        <translation>Activar el desbloqueo rápido</translation>
    </message>
    <message>
        <source>Turn o&amp;ff quick unlock</source>
        <translation>Desacti&amp;var el desbloqueo rápido</translation>
    </message>
    <message>
        <source>Turn off quick unlock</source>
        <translation>Desactivar el desbloqueo rápido</translation>
    </message>
    <message>
        <source>Your organization has turned quick unlock off on this computer.</source>
        <translation>Su organización desactivó el desbloqueo rápido en esta computadora.</translation>
    </message>
    <message>
        <source>Quick unlock needs the system keyring, and none is available here ({reason}). Confide will not keep your key anywhere else, so use your passphrase.</source>
        <translation>El desbloqueo rápido necesita el llavero del sistema, y aquí no hay ninguno disponible ({reason}). Confide no guardará su llave en ningún otro lugar, así que use su frase de contraseña.</translation>
    </message>
    <message>
        <source>Quick unlock needs the system keyring, and none is available here. Confide will not keep your key anywhere else, so use your passphrase.</source>
        <translation>El desbloqueo rápido necesita el llavero del sistema, y aquí no hay ninguno disponible. Confide no guardará su llave en ningún otro lugar, así que use su frase de contraseña.</translation>
    </message>
    <message>
        <source>Quick unlock is on until {when}.</source>
        <translation>El desbloqueo rápido está activado hasta el {when}.</translation>
    </message>
    <message>
        <source>Quick unlock is off. Turn it on to open Confide without typing your passphrase.</source>
        <translation>El desbloqueo rápido está desactivado. Actívelo para abrir Confide sin escribir su frase de contraseña.</translation>
    </message>
    <message>
        <source>Quick unlock is on.</source>
        <translation>El desbloqueo rápido está activado.</translation>
    </message>
    <message>
        <source>Quick unlock is off.</source>
        <translation>El desbloqueo rápido está desactivado.</translation>
    </message>
</context>
<context>
    <name>RecentCheckInsPanel</name>
    <message>
        <source>Recent check-ins</source>
        <translation>Registros de ánimo recientes</translation>
    </message>
    <message>
        <source>Note of the selected check-in</source>
        <translation>Nota del registro seleccionado</translation>
    </message>
    <message>
        <source>Note of the selected day</source>
        <translation>Nota del día seleccionado</translation>
    </message>
    <message>
        <source>Select a check-in to read its note.</source>
        <translation>Seleccione un registro para leer su nota.</translation>
    </message>
    <message>
        <source>Note for {day}</source>
        <translation>Nota del {day}</translation>
    </message>
    <message>
        <source>No note for this day.</source>
        <translation>No hay nota para este día.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Your new recovery code</source>
        <translation>Su nuevo código de recuperación</translation>
    </message>
    <message>
        <source>Confide stopped before you confirmed your new recovery code, so here it is again.</source>
        <translation>Confide se cerró antes de que usted confirmara su nuevo código de recuperación, así que aquí lo tiene de nuevo.</translation>
    </message>
    <message>
        <source>Write this code down on paper and keep it somewhere safe. It opens your vault if you forget your passphrase. Your previous code stops working once you confirm below.</source>
        <translation>Anote este código en papel y guárdelo en un lugar seguro. Abre su caja fuerte si olvida su frase de contraseña. Su código anterior deja de funcionar en cuanto usted confirme aquí abajo.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Ya lo &amp;anoté</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Ya lo anoté</translation>
    </message>
</context>
<context>
    <name>ReminderEditor</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Remind me on {day}</source>
        <translation>Recordarme el {day}</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>A moment for yourself?</source>
        <translation>¿Un momento para usted?</translation>
    </message>
    <message>
        <source>You have something to follow up in Confide.</source>
        <translation>Tiene algo pendiente de seguimiento en Confide.</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>{first} to {last}</source>
        <translation>de {first} a {last}</translation>
    </message>
    <message>
        <source>Peer support contacts, {period}. Made in {month} from {count} supporters&apos; reports.</source>
        <translation>Contactos de apoyo entre pares, {period}. Hecho en {month} a partir de los informes de {count} consejeros pares.</translation>
    </message>
    <message>
        <source>Peer support contacts, {period}. Made in {month}.</source>
        <translation>Contactos de apoyo entre pares, {period}. Hecho en {month}.</translation>
    </message>
    <message>
        <source>{small} means a count from 1 to 10, not shown. {withheld} means a count withheld so that no small count can be worked out from the totals. Only counts by month and category are included: no contact, day or note.</source>
        <translation>{small} significa un recuento de 1 a 10, que no se muestra. {withheld} significa un recuento que se retiene para que ningún recuento pequeño se pueda deducir de los totales. Solo se incluyen recuentos por mes y categoría: ningún contacto, día ni nota.</translation>
    </message>
    <message>
        <source>Signed with the supporter&apos;s key {fingerprint}; the signature is in the report&apos;s JSON file. Compare the fingerprint with the supporter to know whose report it is.</source>
        <translation>Firmado con la llave del consejero par {fingerprint}; la firma está en el archivo JSON del informe. Compare la huella con el consejero par para saber de quién es el informe.</translation>
    </message>
    <message>
        <source>Differential-privacy noise was added before suppression ({mechanism}; epsilon {epsilons} per report, for one contact). Counts are approximate.</source>
        <translation>Se agregó ruido de privacidad diferencial antes de la supresión ({mechanism}; épsilon {epsilons} por informe, para un contacto). Los recuentos son aproximados.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>{title}, {first} to {last}</source>
        <translation>{title}, de {first} a {last}</translation>
    </message>
    <message>
        <source>Total, whole period</source>
        <translation>Total, todo el periodo</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>Contactos por mes</translation>
    </message>
    <message>
        <source>Confide peer support report</source>
        <translation>Informe de apoyo entre pares de Confide</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>discrete Laplace (Google differential privacy library, on integers)</source>
        <translation>Laplace discreto (biblioteca de privacidad diferencial de Google, sobre enteros)</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Peer support report</source>
        <translation>Informe de apoyo entre pares</translation>
    </message>
    <message>
        <source>Aggregate report</source>
        <translation>Informe agregado</translation>
    </message>
    <message>
        <source>Counts by month and category only: no contact, day or note leaves. Counts from 1 to 10 show as &lt;11. A report covers a whole month, quarter, half-year or year, and never a period you have already reported on.</source>
        <translation>Solo recuentos por mes y categoría: no sale ningún contacto, día ni nota. Los recuentos de 1 a 10 se muestran como &lt;11. Un informe cubre un mes, trimestre, semestre o año completo, y nunca un periodo sobre el que ya informó.</translation>
    </message>
    <message>
        <source>Report period</source>
        <translation>Periodo del informe</translation>
    </message>
    <message>
        <source>Report label, identifies no one</source>
        <translation>Etiqueta del informe, no identifica a nadie</translation>
    </message>
    <message>
        <source>Add differential-privacy &amp;noise</source>
        <translation>Agregar r&amp;uido de privacidad diferencial</translation>
    </message>
    <message>
        <source>Add differential-privacy noise</source>
        <translation>Agregar ruido de privacidad diferencial</translation>
    </message>
    <message>
        <source>Epsilon: smaller adds more noise; each month has {budget} in all</source>
        <translation>Épsilon: un valor menor agrega más ruido; cada mes tiene {budget} en total</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Etiqueta</translation>
    </message>
    <message>
        <source>Ep&amp;silon</source>
        <translation>Ép&amp;silon</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Preview the report</source>
        <translation>Ver la vista previa del informe</translation>
    </message>
    <message>
        <source>Cannot make the report: {reason}.</source>
        <translation>No se puede hacer el informe: {reason}.</translation>
    </message>
    <message>
        <source>This is exactly what will be exported.</source>
        <translation>Esto es exactamente lo que se exportará.</translation>
    </message>
    <message>
        <source>This period was released on {day}, as shown. Exporting writes the very same files again; nothing new leaves.</source>
        <translation>Este periodo se publicó el {day}, tal como se muestra. Al exportar se vuelven a escribir exactamente los mismos archivos; no sale nada nuevo.</translation>
    </message>
    <message>
        <source>Cannot make this report: {reason}.</source>
        <translation>No se puede hacer este informe: {reason}.</translation>
    </message>
    <message>
        <source>The report could not be made. Please try again.</source>
        <translation>No se pudo hacer el informe. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Not exported: {reason}.</source>
        <translation>No se exportó: {reason}.</translation>
    </message>
    <message>
        <source>The report could not be exported. Please try again.</source>
        <translation>No se pudo exportar el informe. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <source>Q{quarter} {year} ({first} to {last})</source>
        <translation>T{quarter} {year} (de {first} a {last})</translation>
    </message>
    <message>
        <source>first half of {year}</source>
        <translation>primer semestre de {year}</translation>
    </message>
    <message>
        <source>second half of {year}</source>
        <translation>segundo semestre de {year}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Type the passphrase the backup was made with, then choose the passphrase you will use from now on. You will get a new recovery code.</source>
        <translation>Escriba la frase de contraseña con la que se hizo la copia de seguridad y luego elija la frase de contraseña que usará de ahora en adelante. Recibirá un nuevo código de recuperación.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Backup passphrase</source>
        <translation>&amp;Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elegir una copia de seguridad</translation>
    </message>
    <message>
        <source>Confide backups (*.age);;All files (*)</source>
        <translation>Copias de seguridad de Confide (*.age);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
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
        <translation>B&amp;uscar ayuda</translation>
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
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>License and attribution</source>
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
<context>
    <name>ReviewDate</name>
    <message>
        <source>Look at this plan again &amp;on</source>
        <translation>Volver a revisar este plan &amp;el</translation>
    </message>
    <message>
        <source>Set a date to look at this plan again</source>
        <translation>Fijar una fecha para volver a revisar este plan</translation>
    </message>
    <message>
        <source>Date to look at this plan again</source>
        <translation>Fecha para volver a revisar este plan</translation>
    </message>
    <message>
        <source>Status of the review date</source>
        <translation>Estado de la fecha de revisión</translation>
    </message>
</context>
<context>
    <name>RolesGroup</name>
    <message>
        <source>Your organization does not offer the peer log on this computer.</source>
        <translation>Su organización no ofrece el registro de apoyo entre pares en esta computadora.</translation>
    </message>
    <message>
        <source>Your role is saved, and the sections on the left match it now.</source>
        <translation>Se guardó su rol, y las secciones de la izquierda ya coinciden con él.</translation>
    </message>
    <message>
        <source>Your role is saved, and the sections on the left match it now. Contacts you logged stay in your vault and come back with the role.</source>
        <translation>Se guardó su rol, y las secciones de la izquierda ya coinciden con él. Los contactos que registró se quedan en su caja fuerte y vuelven con el rol.</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Su rol</translation>
    </message>
    <message>
        <source>Everyone gets private check-ins, trends, a safety plan and the help directory.</source>
        <translation>Todo el mundo tiene registros de ánimo privados, tendencias, un plan de seguridad y el directorio de ayuda.</translation>
    </message>
    <message>
        <source>I am a trained &amp;peer supporter</source>
        <translation>Tengo capacitación para dar apoyo entre &amp;pares</translation>
    </message>
    <message>
        <source>I am a trained peer supporter</source>
        <translation>Tengo capacitación para dar apoyo entre pares</translation>
    </message>
    <message>
        <source>I coordinate a peer support pro&amp;gram</source>
        <translation>Coordino un pro&amp;grama de apoyo entre pares</translation>
    </message>
    <message>
        <source>I coordinate a peer support program</source>
        <translation>Coordino un programa de apoyo entre pares</translation>
    </message>
    <message>
        <source>Peer log policy</source>
        <translation>Política del registro de apoyo entre pares</translation>
    </message>
    <message>
        <source>Adds a log for support contacts that holds no names, the monthly counts you share with your coordinator, and merging.</source>
        <translation>Agrega un registro de contactos de apoyo que no guarda nombres, los recuentos mensuales que comparte con la coordinación de su programa, y la combinación de informes.</translation>
    </message>
    <message>
        <source>You merge the reports supporters send you. Adds only that page; it never holds a contact.</source>
        <translation>Usted combina los informes que le envían los consejeros pares. Solo agrega esa página; nunca guarda ningún contacto.</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>Thoughts, feelings, situations or habits that tell me a hard time may be starting.</source>
        <translation>Pensamientos, sentimientos, situaciones o hábitos que me indican que puede estar empezando un momento difícil.</translation>
    </message>
    <message>
        <source>warning sign</source>
        <translation>señal de alerta</translation>
    </message>
    <message>
        <source>Things I can do on my own to cope</source>
        <translation>Cosas que puedo hacer por mi cuenta para sobrellevarlo</translation>
    </message>
    <message>
        <source>Small things that help me get through a difficult moment by myself.</source>
        <translation>Pequeñas cosas que me ayudan a superar un momento difícil por mi cuenta.</translation>
    </message>
    <message>
        <source>thing I can do</source>
        <translation>cosa que puedo hacer</translation>
    </message>
    <message>
        <source>People and places that take my mind off things</source>
        <translation>Personas y lugares que me ayudan a despejarme</translation>
    </message>
    <message>
        <source>People to be around and places to go that give my mind a break.</source>
        <translation>Personas con quienes estar y lugares adonde ir que le dan un descanso a mi mente.</translation>
    </message>
    <message>
        <source>person or place</source>
        <translation>persona o lugar</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Personas a las que puedo pedir ayuda</translation>
    </message>
    <message>
        <source>People I trust to tell that I am struggling, and how to reach them.</source>
        <translation>Personas de confianza a las que puedo decirles que estoy pasando por un mal momento, y cómo comunicarme con ellas.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>Professionals and services to contact in a crisis</source>
        <translation>Profesionales y servicios a los que acudir en una crisis</translation>
    </message>
    <message>
        <source>My clinician, my Employee Assistance Program, an urgent care or emergency department near me. The crisis lines below are always part of the plan.</source>
        <translation>Mi profesional de salud, mi Programa de Asistencia al Empleado, un centro de atención de urgencias o una sala de emergencias cerca de mí. Las líneas de crisis de abajo siempre forman parte del plan.</translation>
    </message>
    <message>
        <source>professional or service</source>
        <translation>profesional o servicio</translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation>Hacer más seguro mi entorno</translation>
    </message>
    <message>
        <source>Steps that keep me safe while things are hard, and who can help me take them.</source>
        <translation>Pasos que me mantienen a salvo mientras las cosas están difíciles, y quién puede ayudarme a darlos.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>What matters most to me</source>
        <translation>Lo que más me importa</translation>
    </message>
    <message>
        <source>The people, things and hopes that make life worth living for me.</source>
        <translation>Las personas, las cosas y las esperanzas que hacen que para mí valga la pena vivir.</translation>
    </message>
    <message>
        <source>call {number}</source>
        <translation>llame al {number}</translation>
    </message>
    <message>
        <source>text {number}</source>
        <translation>envíe un texto al {number}</translation>
    </message>
    <message>
        <source>call {number} by videophone</source>
        <translation>llame al {number} por videoteléfono</translation>
    </message>
    <message>
        <source>text {keyword} to {number}</source>
        <translation>envíe {keyword} por texto al {number}</translation>
    </message>
    <message>
        <source>call {number} and press {press}</source>
        <translation>llame al {number} y oprima {press}</translation>
    </message>
    <message>
        <source>chat at {address}</source>
        <translation>use el chat en {address}</translation>
    </message>
    <message>
        <source>{ways} or {last}</source>
        <translation>{ways} o {last}</translation>
    </message>
</context>
<context>
    <name>SafetyPlanPage</name>
    <message>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <source>A plan for hard moments, written by you, for you. Work down the steps: if one does not help, go on to the next. It stays encrypted on this computer, and each change is saved as you make it. Alt+1 to Alt+6 jump to a step.</source>
        <translation>Un plan para los momentos difíciles, escrito por usted y para usted. Siga los pasos en orden: si uno no le ayuda, pase al siguiente. Se guarda cifrado en esta computadora, y cada cambio se guarda en cuanto lo hace. Alt+1 a Alt+6 lo llevan a cada paso.</translation>
    </message>
    <message>
        <source>&amp;{title} (optional)</source>
        <translation>&amp;{title} (opcional)</translation>
    </message>
    <message>
        <source>{title}, optional</source>
        <translation>{title}, opcional</translation>
    </message>
    <message>
        <source>Saved when you leave the field.</source>
        <translation>Se guarda cuando sale del campo.</translation>
    </message>
    <message>
        <source>Status of {title}</source>
        <translation>Estado de “{title}”</translation>
    </message>
    <message>
        <source>Safety plan status</source>
        <translation>Estado del plan de seguridad</translation>
    </message>
    <message>
        <source>Your saved safety plan could not be read, so it is left as it is. It may come from a newer version of Confide.</source>
        <translation>No se pudo leer su plan de seguridad guardado, así que se deja como está. Puede venir de una versión más reciente de Confide.</translation>
    </message>
    <message>
        <source>Your safety plan could not be loaded. Lock and unlock, then try again.</source>
        <translation>No se pudo cargar su plan de seguridad. Bloquee y desbloquee Confide, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>an entry has a phone number but no name</source>
        <translation>una entrada tiene un número de teléfono pero no un nombre</translation>
    </message>
    <message>
        <source>an entry is too long</source>
        <translation>una entrada es demasiado larga</translation>
    </message>
    <message>
        <source>an entry holds a character that cannot be saved</source>
        <translation>una entrada contiene un carácter que no se puede guardar</translation>
    </message>
    <message>
        <source>this step does not take phone numbers</source>
        <translation>este paso no admite números de teléfono</translation>
    </message>
    <message>
        <source>a phone number needs at least one digit</source>
        <translation>un número de teléfono necesita al menos un dígito</translation>
    </message>
    <message>
        <source>there are too many entries</source>
        <translation>hay demasiadas entradas</translation>
    </message>
    <message>
        <source>something in it cannot be saved</source>
        <translation>algo no se puede guardar</translation>
    </message>
    <message>
        <source>Not saved. In “{title}”: {what}.</source>
        <translation>No se guardó. En “{title}”: {what}.</translation>
    </message>
    <message>
        <source>Not saved. In step {number}: {what}.</source>
        <translation>No se guardó. En el paso {number}: {what}.</translation>
    </message>
    <message>
        <source>Not saved. In step {number}, entry {entry}: {what}.</source>
        <translation>No se guardó. En el paso {number}, entrada {entry}: {what}.</translation>
    </message>
    <message>
        <source>Not saved: the disk is full. Free some space; your change stays here and is saved with the next one.</source>
        <translation>No se guardó: el disco está lleno. Libere espacio; su cambio se queda aquí y se guardará con el siguiente.</translation>
    </message>
    <message>
        <source>Not saved: the vault could not be reached. Your change stays here.</source>
        <translation>No se guardó: no se pudo acceder a la caja fuerte. Su cambio se queda aquí.</translation>
    </message>
    <message>
        <source>Not saved: something went wrong. Your change stays here; please try again.</source>
        <translation>No se guardó: algo salió mal. Su cambio se queda aquí; vuelva a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>Last changed {day}.</source>
        <translation>Último cambio: {day}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>SafetyPlanPrint</name>
    <message>
        <source>The PDF is not encrypted. Anyone who can open the file can read your plan. Keep it somewhere private, or print it and then delete the file.</source>
        <translation>El PDF no está cifrado. Cualquier persona que pueda abrir el archivo puede leer su plan. Guárdelo en un lugar privado, o imprímalo y luego borre el archivo.</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <source>Printed from Confide on {day}.</source>
        <translation>Impreso desde Confide el {day}.</translation>
    </message>
    <message>
        <source>I will look at it again on {day}.</source>
        <translation>Lo volveré a revisar el {day}.</translation>
    </message>
    <message>
        <source>If one step does not help, I go on to the next.</source>
        <translation>Si un paso no me ayuda, paso al siguiente.</translation>
    </message>
    <message>
        <source>Step {number}. {title}</source>
        <translation>Paso {number}. {title}</translation>
    </message>
    <message>
        <source>If I am in immediate danger, I call 911. I can call or text 988 at any time.</source>
        <translation>Si estoy en peligro inmediato, llamo al 911. Puedo llamar o enviar un texto al 988 en cualquier momento.</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Make the PDF</source>
        <translation>Crear el PDF</translation>
    </message>
    <message>
        <source>Save your safety plan as a PDF</source>
        <translation>Guardar su plan de seguridad como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SafetyPlanSummary</name>
    <message>
        <source>You have not written a safety plan yet. When you feel ready, you can make one under “Safety plan”.</source>
        <translation>Todavía no ha escrito un plan de seguridad. Cuando le parezca el momento, puede crear uno en “Plan de seguridad”.</translation>
    </message>
    <message>
        <source>Your safety plan</source>
        <translation>Su plan de seguridad</translation>
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
        <source>Your safety plan could not be read just now.</source>
        <translation>En este momento no se pudo leer su plan de seguridad.</translation>
    </message>
</context>
<context>
    <name>ScaleChoices</name>
    <message>
        <source>{scale}: {value} of 5, {words}</source>
        <translation>{scale}: {value} de 5, {words}</translation>
    </message>
</context>
<context>
    <name>SeriesTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>En palabras</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SettingsMessages</name>
    <message>
        <source>That backup passphrase does not open this backup file.</source>
        <translation>Esa frase de contraseña no abre este archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>This backup file is damaged or incomplete, so it cannot be restored.</source>
        <translation>Este archivo de copia de seguridad está dañado o incompleto, así que no se puede restaurar.</translation>
    </message>
    <message>
        <source>This file is not a Confide backup.</source>
        <translation>Este archivo no es una copia de seguridad de Confide.</translation>
    </message>
    <message>
        <source>This backup was made by a newer Confide. Update Confide, then try again.</source>
        <translation>Esta copia de seguridad se hizo con una versión más nueva de Confide. Actualice Confide y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This backup cannot be restored.</source>
        <translation>Esta copia de seguridad no se puede restaurar.</translation>
    </message>
    <message>
        <source>That passphrase is not the right one. Nothing was changed.</source>
        <translation>Esa no es la frase de contraseña correcta. No se cambió nada.</translation>
    </message>
    <message>
        <source>First confirm the recovery code Confide showed after the last key change: lock and unlock to see it again, and press “I have written it down”. Nothing was changed.</source>
        <translation>Primero confirme el código de recuperación que Confide mostró después del último cambio de llave: bloquee y desbloquee Confide para verlo de nuevo, y pulse “Ya lo anoté”. No se cambió nada.</translation>
    </message>
    <message>
        <source>No secure system keyring is available, so quick unlock cannot be turned on. Nothing was stored.</source>
        <translation>No hay un llavero seguro del sistema disponible, así que no se puede activar el desbloqueo rápido. No se guardó nada.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed. Free some space, then try again.</source>
        <translation>El disco está lleno. No se cambió nada. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>There is already a vault in that folder, and Confide never overwrites one without asking. Nothing was changed.</source>
        <translation>Ya hay una caja fuerte en esa carpeta, y Confide nunca la reemplaza sin preguntar. No se cambió nada.</translation>
    </message>
    <message>
        <source>Another program is using the vault. Close other copies of Confide, then try again.</source>
        <translation>Otro programa está usando la caja fuerte. Cierre las demás ventanas de Confide y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The file is damaged, so Confide did not use it. Nothing was changed.</source>
        <translation>El archivo está dañado, así que Confide no lo usó. No se cambió nada.</translation>
    </message>
    <message>
        <source>Confide could not read or write a file. Nothing was changed.</source>
        <translation>Confide no pudo leer ni escribir un archivo. No se cambió nada.</translation>
    </message>
    <message>
        <source>Confide could not read or write a file ({detail}). Nothing was changed.</source>
        <translation>Confide no pudo leer ni escribir un archivo ({detail}). No se cambió nada.</translation>
    </message>
    <message>
        <source>That did not work. Nothing was changed.</source>
        <translation>Eso no funcionó. No se cambió nada.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was changed. The log has details.</source>
        <translation>Ocurrió algo inesperado. No se cambió nada. El registro técnico tiene los detalles.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>Estado de la configuración</translation>
    </message>
    <message>
        <source>&amp;About Confide</source>
        <translation>Acerca de Co&amp;nfide</translation>
    </message>
    <message>
        <source>About Confide</source>
        <translation>Acerca de Confide</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Confide: set up</source>
        <translation>Confide: configuración</translation>
    </message>
    <message>
        <source>Creating your encrypted vault…</source>
        <translation>Creando su caja fuerte cifrada…</translation>
    </message>
    <message>
        <source>Saving your choices…</source>
        <translation>Guardando sus opciones…</translation>
    </message>
    <message>
        <source>Need &amp;help now?</source>
        <translation>¿Necesita a&amp;yuda ahora?</translation>
    </message>
    <message>
        <source>Need help now? Open crisis contacts</source>
        <translation>¿Necesita ayuda ahora? Abrir los contactos para crisis</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Setup progress</source>
        <translation>Progreso de la configuración</translation>
    </message>
    <message>
        <source>Welcome to Confide</source>
        <translation>Le damos la bienvenida a Confide</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elija una frase de contraseña</translation>
    </message>
    <message>
        <source>Leave setup</source>
        <translation>Salir de la configuración</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Su código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>Copiar el código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
    <message>
        <source>I have &amp;written down my recovery code and keep it safe</source>
        <translation>&amp;He anotado mi código de recuperación y lo guardo en un lugar seguro</translation>
    </message>
    <message>
        <source>I have written down my recovery code</source>
        <translation>He anotado mi código de recuperación</translation>
    </message>
    <message>
        <source>Check your copy</source>
        <translation>Revise su copia</translation>
    </message>
    <message>
        <source>I am a trained &amp;peer supporter</source>
        <translation>Tengo capacitación para dar apoyo entre &amp;pares</translation>
    </message>
    <message>
        <source>I am a trained peer supporter</source>
        <translation>Tengo capacitación para dar apoyo entre pares</translation>
    </message>
    <message>
        <source>Adds a log for support contacts that holds no names, and monthly counts you can share with your program coordinator.</source>
        <translation>Agrega un registro de contactos de apoyo que no guarda nombres, y recuentos mensuales que puede compartir con la coordinación de su programa.</translation>
    </message>
    <message>
        <source>I coordinate a peer support pro&amp;gram</source>
        <translation>Coordino un pro&amp;grama de apoyo entre pares</translation>
    </message>
    <message>
        <source>I coordinate a peer support program</source>
        <translation>Coordino un programa de apoyo entre pares</translation>
    </message>
    <message>
        <source>You merge the reports supporters send you. Adds only that page; it never holds a contact.</source>
        <translation>Usted combina los informes que le envían los consejeros pares. Solo agrega esa página; nunca guarda ningún contacto.</translation>
    </message>
    <message>
        <source>You can change these later in Settings.</source>
        <translation>Puede cambiar esto más adelante en Configuración.</translation>
    </message>
    <message>
        <source>How will you use Confide?</source>
        <translation>¿Cómo usará Confide?</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe now: Confide clears it from the clipboard in {seconds} seconds, or when it locks.</source>
        <translation>Copiado. Péguelo ahora en un lugar seguro: Confide lo borra del portapapeles en {seconds} segundos, o cuando se bloquea.</translation>
    </message>
    <message>
        <source>Confide recovery code</source>
        <translation>Código de recuperación de Confide</translation>
    </message>
    <message>
        <source>Keep this paper somewhere safe, away from your computer.</source>
        <translation>Guarde este papel en un lugar seguro, lejos de su computadora.</translation>
    </message>
    <message>
        <source>&amp;Get started</source>
        <translation>&amp;Comenzar</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Crear la caja fuerte</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Paso {number} de {total}</translation>
    </message>
    <message>
        <source>Group {position} of your recovery code</source>
        <translation>Grupo {position} de su código de recuperación</translation>
    </message>
    <message>
        <source>Group &amp;{position}</source>
        <translation>Grupo &amp;{position}</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between two group numbers</comment>
        <translation> y </translation>
    </message>
    <message>
        <source>To be sure your copy is right, type groups {groups} of your recovery code. Groups are counted from the left; capitals and dashes do not matter.</source>
        <translation>Para asegurarse de que su copia es correcta, escriba los grupos {groups} de su código de recuperación. Los grupos se cuentan desde la izquierda; no importan las mayúsculas ni los guiones.</translation>
    </message>
    <message>
        <source>Your vault is created. If you leave now, make sure you have written down your recovery code: it will not be shown again.</source>
        <translation>Su caja fuerte ya está creada. Si sale ahora, asegúrese de haber anotado su código de recuperación: no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>Confide is a private place for your check-ins, your notes and the help you may need.

Everything stays on this computer, encrypted with a passphrase only you know. Your employer sees nothing, and Confide never connects to the internet.</source>
        <translation>Confide es un lugar privado para sus registros de ánimo, sus notas y la ayuda que pueda necesitar.

Todo se queda en esta computadora, cifrado con una frase de contraseña que solo usted conoce. Su empleador no ve nada, y Confide nunca se conecta a internet.</translation>
    </message>
    <message>
        <source>Your passphrase opens your vault. Four or more unrelated words are easy to remember and hard to guess. Nobody, not even IT, can reset it for you.</source>
        <translation>Su frase de contraseña abre su caja fuerte. Cuatro o más palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar. Nadie, ni siquiera el equipo de TI, puede restablecerla por usted.</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only other way in. Write it on paper and keep it somewhere safe, away from this computer.

Without your passphrase and this code, no one can recover your data, not even us. That is what keeps it private.</source>
        <translation>Si alguna vez olvida su frase de contraseña, este código es la única otra forma de entrar. Anótelo en papel y guárdelo en un lugar seguro, lejos de esta computadora.

Sin su frase de contraseña y este código, nadie puede recuperar sus datos, ni siquiera nosotros. Eso es lo que los mantiene privados.</translation>
    </message>
    <message>
        <source>Everyone gets private check-ins, trends, a safety plan and the help directory.</source>
        <translation>Todo el mundo tiene registros de ánimo privados, tendencias, un plan de seguridad y el directorio de ayuda.</translation>
    </message>
    <message>
        <source>your vault was not created</source>
        <translation>no se creó su caja fuerte</translation>
    </message>
    <message>
        <source>Another Confide window is using this folder. Close it, then try again.</source>
        <translation>Otra ventana de Confide está usando esta carpeta. Ciérrela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>A vault already exists in this folder. Restart Confide to unlock it.</source>
        <translation>Ya existe una caja fuerte en esta carpeta. Reinicie Confide para desbloquearla.</translation>
    </message>
    <message>
        <source>That group {group} does not match your code. Check what you wrote down.</source>
        <translation>El grupo {group} no coincide con su código. Revise lo que anotó.</translation>
    </message>
    <message>
        <source>That group {first} and group {second} do not match your code. Check what you wrote down.</source>
        <translation>Los grupos {first} y {second} no coinciden con su código. Revise lo que anotó.</translation>
    </message>
    <message>
        <source>Groups {groups} do not match your code. Check what you wrote down.</source>
        <translation>Los grupos {groups} no coinciden con su código. Revise lo que anotó.</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>Alabama</source>
        <translation>Alabama</translation>
    </message>
    <message>
        <source>Alaska</source>
        <translation>Alaska</translation>
    </message>
    <message>
        <source>Arizona</source>
        <translation>Arizona</translation>
    </message>
    <message>
        <source>Arkansas</source>
        <translation>Arkansas</translation>
    </message>
    <message>
        <source>California</source>
        <translation>California</translation>
    </message>
    <message>
        <source>Colorado</source>
        <translation>Colorado</translation>
    </message>
    <message>
        <source>Connecticut</source>
        <translation>Connecticut</translation>
    </message>
    <message>
        <source>Delaware</source>
        <translation>Delaware</translation>
    </message>
    <message>
        <source>District of Columbia</source>
        <translation>Distrito de Columbia</translation>
    </message>
    <message>
        <source>Florida</source>
        <translation>Florida</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <source>Hawaii</source>
        <translation>Hawái</translation>
    </message>
    <message>
        <source>Idaho</source>
        <translation>Idaho</translation>
    </message>
    <message>
        <source>Illinois</source>
        <translation>Illinois</translation>
    </message>
    <message>
        <source>Indiana</source>
        <translation>Indiana</translation>
    </message>
    <message>
        <source>Iowa</source>
        <translation>Iowa</translation>
    </message>
    <message>
        <source>Kansas</source>
        <translation>Kansas</translation>
    </message>
    <message>
        <source>Kentucky</source>
        <translation>Kentucky</translation>
    </message>
    <message>
        <source>Louisiana</source>
        <translation>Luisiana</translation>
    </message>
    <message>
        <source>Maine</source>
        <translation>Maine</translation>
    </message>
    <message>
        <source>Maryland</source>
        <translation>Maryland</translation>
    </message>
    <message>
        <source>Massachusetts</source>
        <translation>Massachusetts</translation>
    </message>
    <message>
        <source>Michigan</source>
        <translation>Michigan</translation>
    </message>
    <message>
        <source>Minnesota</source>
        <translation>Minnesota</translation>
    </message>
    <message>
        <source>Mississippi</source>
        <translation>Misisipi</translation>
    </message>
    <message>
        <source>Missouri</source>
        <translation>Misuri</translation>
    </message>
    <message>
        <source>Montana</source>
        <translation>Montana</translation>
    </message>
    <message>
        <source>Nebraska</source>
        <translation>Nebraska</translation>
    </message>
    <message>
        <source>Nevada</source>
        <translation>Nevada</translation>
    </message>
    <message>
        <source>New Hampshire</source>
        <translation>Nuevo Hampshire</translation>
    </message>
    <message>
        <source>New Jersey</source>
        <translation>Nueva Jersey</translation>
    </message>
    <message>
        <source>New Mexico</source>
        <translation>Nuevo México</translation>
    </message>
    <message>
        <source>New York</source>
        <translation>Nueva York</translation>
    </message>
    <message>
        <source>North Carolina</source>
        <translation>Carolina del Norte</translation>
    </message>
    <message>
        <source>North Dakota</source>
        <translation>Dakota del Norte</translation>
    </message>
    <message>
        <source>Ohio</source>
        <translation>Ohio</translation>
    </message>
    <message>
        <source>Oklahoma</source>
        <translation>Oklahoma</translation>
    </message>
    <message>
        <source>Oregon</source>
        <translation>Oregón</translation>
    </message>
    <message>
        <source>Pennsylvania</source>
        <translation>Pensilvania</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>Rhode Island</source>
        <translation>Rhode Island</translation>
    </message>
    <message>
        <source>South Carolina</source>
        <translation>Carolina del Sur</translation>
    </message>
    <message>
        <source>South Dakota</source>
        <translation>Dakota del Sur</translation>
    </message>
    <message>
        <source>Tennessee</source>
        <translation>Tennessee</translation>
    </message>
    <message>
        <source>Texas</source>
        <translation>Texas</translation>
    </message>
    <message>
        <source>Utah</source>
        <translation>Utah</translation>
    </message>
    <message>
        <source>Vermont</source>
        <translation>Vermont</translation>
    </message>
    <message>
        <source>Virginia</source>
        <translation>Virginia</translation>
    </message>
    <message>
        <source>Washington</source>
        <translation>Washington</translation>
    </message>
    <message>
        <source>West Virginia</source>
        <translation>Virginia Occidental</translation>
    </message>
    <message>
        <source>Wisconsin</source>
        <translation>Wisconsin</translation>
    </message>
    <message>
        <source>Wyoming</source>
        <translation>Wyoming</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Add a warning sign</source>
        <translation>Agregar una señal de alerta</translation>
    </message>
    <message>
        <source>Add something I can do</source>
        <translation>Agregar algo que puedo hacer</translation>
    </message>
    <message>
        <source>Add a person or place</source>
        <translation>Agregar una persona o un lugar</translation>
    </message>
    <message>
        <source>Add a person to ask</source>
        <translation>Agregar una persona a quien pedir ayuda</translation>
    </message>
    <message>
        <source>Add a professional or service</source>
        <translation>Agregar un profesional o servicio</translation>
    </message>
    <message>
        <source>Add a way to stay safer</source>
        <translation>Agregar una forma de estar más a salvo</translation>
    </message>
    <message>
        <source>Always in your plan:</source>
        <translation>Siempre en su plan:</translation>
    </message>
    <message>
        <source>Crisis lines always in your plan: {lines}</source>
        <translation>Líneas de crisis siempre en su plan: {lines}</translation>
    </message>
    <message>
        <source>Step &amp;{number}: {title}</source>
        <translation>Paso &amp;{number}: {title}</translation>
    </message>
    <message>
        <source>Step {number}: {title}</source>
        <translation>Paso {number}: {title}</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Todavía no hay nada aquí.</translation>
    </message>
    <message>
        <source>Status of {title}</source>
        <translation>Estado de “{title}”</translation>
    </message>
    <message>
        <source>Adds a new entry to {title}, ready to type in; Enter keeps it.</source>
        <translation>Agrega una entrada nueva a “{title}”, lista para escribir; Enter la guarda.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the current entry from {title}</source>
        <translation>Quitar la entrada actual de “{title}”</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the current entry up in {title}</source>
        <translation>Subir la entrada actual en “{title}”</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the current entry down in {title}</source>
        <translation>Bajar la entrada actual en “{title}”</translation>
    </message>
    <message>
        <source>Undo remove</source>
        <translation>Deshacer quitar</translation>
    </message>
    <message>
        <source>Bring back the entry just removed from {title}</source>
        <translation>Recuperar la entrada que acaba de quitar de “{title}”</translation>
    </message>
    <message numerus="yes">
        <source>This step holds at most %n entries.</source>
        <translation>
            <numerusform>Este paso admite como máximo %n entrada.</numerusform>
            <numerusform>Este paso admite como máximo %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed “{entry}”. Undo remove (or Ctrl+Z in the list) brings it back.</source>
        <translation>Se quitó “{entry}”. Deshacer quitar (o Ctrl+Z en la lista) la recupera.</translation>
    </message>
    <message>
        <source>Brought back “{entry}”.</source>
        <translation>Se recuperó “{entry}”.</translation>
    </message>
    <message>
        <source>Moved to place {place} of {count}.</source>
        <translation>Se movió al lugar {place} de {count}.</translation>
    </message>
    <message>
        <source>Nothing was added: an entry needs a name or words.</source>
        <translation>No se agregó nada: una entrada necesita un nombre o palabras.</translation>
    </message>
</context>
<context>
    <name>StepItemsModel</name>
    <message>
        <source>Phone (optional)</source>
        <translation>Teléfono (opcional)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Arrow keys move through the list; Enter or F2 changes an entry, Enter again keeps the change and Escape leaves it as it was; Delete removes an entry and Ctrl+Z brings it back; Alt+Up and Alt+Down move it.</source>
        <translation>Las flechas recorren la lista; Enter o F2 cambia una entrada, Enter otra vez guarda el cambio y Escape la deja como estaba; Delete quita una entrada y Ctrl+Z la recupera; Alt+flecha arriba y Alt+flecha abajo la mueven.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>{what} in {step}, being changed</source>
        <translation>{what} en “{step}”, en edición</translation>
    </message>
    <message>
        <source>Enter keeps it; Escape leaves it as it was.</source>
        <translation>Enter la guarda; Escape la deja como estaba.</translation>
    </message>
    <message>
        <source>{title}, list</source>
        <translation>{title}, lista</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <source>Showing the first {shown} of {total} — add words or filters to narrow it.</source>
        <translation>Se muestran los primeros {shown} de {total}: agregue palabras o filtros para acotar la lista.</translation>
    </message>
    <message>
        <source>All resources: showing the first {shown} of {total} — add words or filters to narrow it.</source>
        <translation>Todos los recursos: se muestran los primeros {shown} de {total}; agregue palabras o filtros para acotar la lista.</translation>
    </message>
    <message>
        <source>Ranked for “{need}”: showing the first {shown} of {total} resources, crisis lines first — choose filters to narrow it.</source>
        <translation>Ordenados para “{need}”: se muestran los primeros {shown} de {total} recursos, con las líneas de crisis primero; elija filtros para acotar la lista.</translation>
    </message>
    <message>
        <source>Ranked for “{need}”: showing the first {shown} of {total} resources, 988 first — choose filters to narrow it.</source>
        <translation>Ordenados para “{need}”: se muestran los primeros {shown} de {total} recursos, con el 988 primero; elija filtros para acotar la lista.</translation>
    </message>
    <message numerus="yes">
        <source>Ranked for “{need}”: %n resource, crisis lines first.</source>
        <translation>
            <numerusform>Ordenados para “{need}”: %n recurso, con las líneas de crisis primero.</numerusform>
            <numerusform>Ordenados para “{need}”: %n recursos, con las líneas de crisis primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ranked for “{need}”: %n resources, crisis lines first.</source>
        <translation>
            <numerusform>Ordenados para “{need}”: %n recurso, con las líneas de crisis primero.</numerusform>
            <numerusform>Ordenados para “{need}”: %n recursos, con las líneas de crisis primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ranked for “{need}”: %n resource, 988 first.</source>
        <translation>
            <numerusform>Ordenados para “{need}”: %n recurso, con el 988 primero.</numerusform>
            <numerusform>Ordenados para “{need}”: %n recursos, con el 988 primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ranked for “{need}”: %n resources, 988 first.</source>
        <translation>
            <numerusform>Ordenados para “{need}”: %n recurso, con el 988 primero.</numerusform>
            <numerusform>Ordenados para “{need}”: %n recursos, con el 988 primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words or fewer filters. If you are in crisis, call or text 988 now.</source>
        <translation>No hay coincidencias. Pruebe con menos palabras o menos filtros. Si está en crisis, llame o envíe un texto al 988 ahora.</translation>
    </message>
    <message numerus="yes">
        <source>All resources: %n</source>
        <translation>
            <numerusform>Todos los recursos: %n</numerusform>
            <numerusform>Todos los recursos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>988 comes first, for anyone in crisis.</source>
        <translation>El 988 va primero, para cualquier persona en crisis.</translation>
    </message>
    <message>
        <source>Next come the resources whose own published words explain licensing: {0}.</source>
        <translation>Luego vienen los recursos que explican el tema de las licencias en sus propias publicaciones: {0}.</translation>
    </message>
    <message>
        <source>Only {0} can reach a licensing board: that is the physician health program (PHP) path, which documents whether you follow its monitoring.</source>
        <translation>Solo la vía del programa de salud para médicos (PHP) puede llegar a una junta de licencias: {0}. Esa vía documenta si usted cumple su seguimiento.</translation>
    </message>
    <message>
        <source>None of these says it can reach a licensing board.</source>
        <translation>Ninguno de estos dice que pueda llegar a una junta de licencias.</translation>
    </message>
    <message>
        <source>Each resource&apos;s details say what its source confirms and what it does not.</source>
        <translation>Los detalles de cada recurso dicen qué confirma su fuente y qué no.</translation>
    </message>
</context>
<context>
    <name>TextSizeGroup</name>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>{percent}% (usual)</source>
        <translation>{percent}% (normal)</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>Tamaño del te&amp;xto</translation>
    </message>
    <message>
        <source>Larger text applies at once, on every page.</source>
        <translation>El texto más grande se aplica de inmediato, en todas las páginas.</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Burnout token for {period}</source>
        <translation>Token de agotamiento laboral de {period}</translation>
    </message>
    <message>
        <source>What this step is</source>
        <translation>Qué es este paso</translation>
    </message>
    <message>
        <source>Did you use a confidential resource this quarter, such as the EAP, peer support, a counselor or a crisis line? Only what you choose here goes into the token; nothing is looked up.</source>
        <translation>¿Usó un recurso confidencial este trimestre, como el EAP, el apoyo entre pares, un consejero o una línea de crisis? Solo lo que elija aquí entra en el token; no se consulta nada.</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>&amp;Leave this question out</source>
        <translation>&amp;Dejar fuera esta pregunta</translation>
    </message>
    <message>
        <source>The token file, exactly as saved</source>
        <translation>El archivo del token, exactamente como se guarda</translation>
    </message>
    <message>
        <source>What the token says</source>
        <translation>Lo que dice el token</translation>
    </message>
    <message>
        <source>Token status</source>
        <translation>Estado del token</translation>
    </message>
    <message>
        <source>&amp;Make the token</source>
        <translation>Crear el &amp;token</translation>
    </message>
    <message>
        <source>&amp;Save token…</source>
        <translation>&amp;Guardar el token…</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Reading your vault…</source>
        <translation>Leyendo su caja fuerte…</translation>
    </message>
    <message>
        <source>You have not answered the single-item burnout question in {period} ({first} to {last}). Answer it under Questionnaires, then come back; or decline. Nothing is kept either way.</source>
        <translation>No ha respondido la pregunta sobre agotamiento laboral en {period} (del {first} al {last}). Respóndala en Cuestionarios y luego vuelva; o rechace. En ningún caso se guarda nada.</translation>
    </message>
    <message>
        <source>The token uses your latest single-item burnout answer in {period}; the answer itself stays in your vault. Each answer in the token is randomized before you see it.</source>
        <translation>El token usa su respuesta más reciente a la pregunta sobre agotamiento laboral en {period}; la respuesta en sí se queda en su caja fuerte. Cada respuesta del token se sortea antes de que usted la vea.</translation>
    </message>
    <message>
        <source>This is the token you saved for {period}. Saving it again writes the very same file: a new draw would weaken its protection.</source>
        <translation>Este es el token que guardó para {period}. Si lo guarda de nuevo, se escribe exactamente el mismo archivo: un sorteo nuevo debilitaría su protección.</translation>
    </message>
    <message>
        <source>&amp;Save again…</source>
        <translation>&amp;Guardar de nuevo…</translation>
    </message>
    <message>
        <source>Save again</source>
        <translation>Guardar de nuevo</translation>
    </message>
    <message>
        <source>What your token says, exactly as it will be saved. Save it to hand to your peer-support coordinator, or decline: nothing is kept until you save.</source>
        <translation>Lo que dice su token, exactamente como se guardará. Guárdelo para entregarlo a la coordinación de apoyo entre pares, o rechace: no se guarda nada hasta que usted lo guarde.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>format, version: what kind of file this is.</source>
        <translation>format, version: qué tipo de archivo es.</translation>
    </message>
    <message>
        <source>period {period}: the quarter it is about, {first} to {last}.</source>
        <translation>period {period}: el trimestre al que se refiere, del {first} al {last}.</translation>
    </message>
    <message>
        <source>tag: the same on every token this vault makes for {period}, so a second one is not counted; tags of other quarters cannot be linked to it.</source>
        <translation>tag: la misma en cada token que esta caja fuerte crea para {period}, para que no se cuente un segundo; las etiquetas de otros trimestres no se pueden vincular con ella.</translation>
    </message>
    <message>
        <source>burnout_3_or_more {bit}: says &quot;{said}&quot; to &quot;burnout (an answer of 3 or more) this quarter&quot;. It is your real answer with probability 3 in 4 and the reverse with probability 1 in 4, so it cannot show anyone which.</source>
        <translation>burnout_3_or_more {bit}: dice “{said}” a “agotamiento laboral (una respuesta de 3 o más) este trimestre”. Es su respuesta real con una probabilidad de 3 en 4 y la contraria con una probabilidad de 1 en 4, así que no puede mostrarle a nadie cuál es.</translation>
    </message>
    <message>
        <source>used_confidential_resource null: the question is left out.</source>
        <translation>used_confidential_resource null: la pregunta se dejó fuera.</translation>
    </message>
    <message>
        <source>used_confidential_resource {bit}: says &quot;{said}&quot; to &quot;used a confidential resource this quarter&quot;, randomized the same way.</source>
        <translation>used_confidential_resource {bit}: dice “{said}” a “usó un recurso confidencial este trimestre”, sorteado de la misma manera.</translation>
    </message>
    <message>
        <source>Nothing else is in the file: no name, score, date or computer name.</source>
        <translation>No hay nada más en el archivo: ningún nombre, puntuación, fecha ni nombre de computadora.</translation>
    </message>
    <message>
        <source>Save the token as</source>
        <translation>Guardar el token como</translation>
    </message>
    <message>
        <source>Saved as {name}. Hand this file to your peer-support coordinator; Confide sends nothing.</source>
        <translation>Se guardó como {name}. Entregue este archivo a la coordinación de apoyo entre pares; Confide no envía nada.</translation>
    </message>
    <message>
        <source>Your token for {period} is saved.</source>
        <translation>Su token de {period} está guardado.</translation>
    </message>
    <message>
        <source>The file could not be written ({detail}). Choose another place and try again.</source>
        <translation>No se pudo escribir el archivo ({detail}). Elija otro lugar y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>motivo desconocido</translation>
    </message>
    <message>
        <source>Confide could not read or write your vault for the token. Nothing was kept.</source>
        <translation>Confide no pudo leer ni escribir su caja fuerte para el token. No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>The disk is full, so {undone}. Free some space and try again.</source>
        <translation>El disco está lleno, así que {undone}. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The vault could not be reached, so {undone}.</source>
        <translation>No se pudo acceder a la caja fuerte, así que {undone}.</translation>
    </message>
    <message>
        <source>Something went wrong, so {undone}. Please try again.</source>
        <translation>Algo salió mal, así que {undone}. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your employer is never told.</source>
        <translation>Nunca se le informa a su empleador.</translation>
    </message>
    <message>
        <source>Your employer could be told: this service does not promise to keep it from them.</source>
        <translation>Podrían informarle a su empleador: este servicio no promete ocultárselo.</translation>
    </message>
    <message>
        <source>Using it is not reported to a licensing board and creates nothing you would have to declare on a license application.</source>
        <translation>Usarlo no se informa a ninguna junta de licencias y no genera nada que tenga que declarar en una solicitud de licencia.</translation>
    </message>
    <message>
        <source>This is care from a licensed clinician. Whether you would have to mention it on a license application depends on how your state board words its question; more and more boards ask only about current impairment.</source>
        <translation>Es atención de un profesional de salud con licencia. Si tendría que mencionarla en una solicitud de licencia depende de cómo formule la pregunta la junta de su estado; cada vez más juntas preguntan solo por un deterioro actual.</translation>
    </message>
    <message>
        <source>A licensing board could learn of it.</source>
        <translation>Una junta de licencias podría enterarse.</translation>
    </message>
</context>
<context>
    <name>confide_admin</name>
    <message>
        <source>data folder</source>
        <translation>carpeta de datos</translation>
    </message>
    <message>
        <source>{folder} does not exist or is not a folder</source>
        <translation>{folder} no existe o no es una carpeta</translation>
    </message>
    <message>
        <source>vault</source>
        <translation>caja fuerte</translation>
    </message>
    <message>
        <source>no vault in {folder} (no {key_file})</source>
        <translation>no hay una caja fuerte en {folder} (falta {key_file})</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>archivo de la llave</translation>
    </message>
    <message>
        <source>written by a newer Confide (format {found}; this one reads up to {supported})</source>
        <translation>lo escribió una versión más reciente de Confide (formato {found}; esta lee hasta el {supported})</translation>
    </message>
    <message>
        <source>{file} is not readable ({reason})</source>
        <translation>{file} no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>Argon2id {memory} KiB, {passes} passes, {lanes} lane(s): at or above the OWASP minimum {minimum_memory} KiB, {minimum_passes} passes</source>
        <translation>Argon2id {memory} KiB, {passes} pasadas, {lanes} carril(es): igual o por encima del mínimo de OWASP de {minimum_memory} KiB y {minimum_passes} pasadas</translation>
    </message>
    <message>
        <source>Argon2id {memory} KiB, {passes} passes, {lanes} lane(s): BELOW the OWASP minimum {minimum_memory} KiB, {minimum_passes} passes</source>
        <translation>Argon2id {memory} KiB, {passes} pasadas, {lanes} carril(es): POR DEBAJO del mínimo de OWASP de {minimum_memory} KiB y {minimum_passes} pasadas</translation>
    </message>
    <message>
        <source>{file} readable, format {format}, vault id {vault_id}</source>
        <translation>{file} se puede leer, formato {format}, id de la caja fuerte {vault_id}</translation>
    </message>
    <message>
        <source>key derivation</source>
        <translation>derivación de la llave</translation>
    </message>
    <message>
        <source>quick unlock</source>
        <translation>desbloqueo rápido</translation>
    </message>
    <message>
        <source>off (no keyring wrap on disk)</source>
        <translation>desactivado (no hay en el disco una llave envuelta con el llavero)</translation>
    </message>
    <message>
        <source>expired {when} (the wrap no longer opens the vault)</source>
        <translation>venció el {when} (la llave envuelta ya no abre la caja fuerte)</translation>
    </message>
    <message>
        <source>on until {when}</source>
        <translation>activado hasta el {when}</translation>
    </message>
    <message>
        <source>{file} is {mode}</source>
        <translation>{file} tiene permisos {mode}</translation>
    </message>
    <message>
        <source>permissions</source>
        <translation>permisos</translation>
    </message>
    <message>
        <source>readable by others: {files} (run: chmod go-rwx on them)</source>
        <translation>otros usuarios pueden leerlos: {files} (ejecute en ellos: chmod go-rwx)</translation>
    </message>
    <message>
        <source>the folder and its files are owner-only</source>
        <translation>solo el propietario tiene acceso a la carpeta y a sus archivos</translation>
    </message>
    <message>
        <source>vault file</source>
        <translation>archivo de la caja fuerte</translation>
    </message>
    <message>
        <source>{file} is missing beside {key_file}</source>
        <translation>falta {file} junto a {key_file}</translation>
    </message>
    <message>
        <source>{file} is a PLAINTEXT SQLite file, not encrypted</source>
        <translation>{file} es un archivo SQLite en TEXTO SIN CIFRAR, no está cifrado</translation>
    </message>
    <message>
        <source>{file} is encrypted (no plaintext header), {size} bytes</source>
        <translation>{file} está cifrado (sin encabezado en texto sin cifrar), {size} bytes</translation>
    </message>
    <message>
        <source>unlock</source>
        <translation>desbloqueo</translation>
    </message>
    <message>
        <source>the passphrase does not open this vault</source>
        <translation>la frase de contraseña no abre esta caja fuerte</translation>
    </message>
    <message>
        <source>the passphrase opens the vault</source>
        <translation>la frase de contraseña abre la caja fuerte</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>esquema</translation>
    </message>
    <message>
        <source>schema version {version}</source>
        <translation>versión del esquema {version}</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>integridad</translation>
    </message>
    <message>
        <source>SQLite integrity check: ok</source>
        <translation>revisión de integridad de SQLite: correcta</translation>
    </message>
    <message numerus="yes">
        <source>{problems} (and %n more)</source>
        <translation>
            <numerusform>{problems} (y %n más)</numerusform>
            <numerusform>{problems} (y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALLA</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>en buen estado</translation>
    </message>
    <message numerus="yes">
        <source>%n problem found</source>
        <translation>
            <numerusform>Se encontró %n problema</numerusform>
            <numerusform>Se encontraron %n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems found</source>
        <translation>
            <numerusform>Se encontró %n problema</numerusform>
            <numerusform>Se encontraron %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Administer Confide vaults and organization policy without opening the app.</source>
        <translation>Administre las cajas fuertes de Confide y la política de la organización sin abrir la aplicación.</translation>
    </message>
    <message>
        <source>Exit status, for every command: 0 ok (healthy, valid, done); 1 refused or problems found (one line each); 2 unusable arguments or a file that cannot be read. Messages are one line each and never quote personal data.</source>
        <translation>Estado de salida, para todos los comandos: 0 bien (en buen estado, válido, hecho); 1 rechazado o se encontraron problemas (una línea cada uno); 2 argumentos inservibles o un archivo que no se puede leer. Cada mensaje ocupa una línea y nunca cita datos personales.</translation>
    </message>
    <message>
        <source>inspect a person&apos;s vault</source>
        <translation>revisar la caja fuerte de una persona</translation>
    </message>
    <message>
        <source>A person&apos;s vault, checked without reading their data: for support staff when the app will not open.</source>
        <translation>La caja fuerte de una persona, revisada sin leer sus datos: para el personal de soporte cuando la aplicación no abre.</translation>
    </message>
    <message>
        <source>check a vault&apos;s files, permissions and encryption</source>
        <translation>revisar los archivos, los permisos y el cifrado de una caja fuerte</translation>
    </message>
    <message>
        <source>Check the vault in a data folder. Reads no personal data unless --passphrase-stdin is given, and prints none even then.</source>
        <translation>Revisa la caja fuerte de una carpeta de datos. No lee datos personales a menos que se indique --passphrase-stdin, y ni aun así muestra ninguno.</translation>
    </message>
    <message>
        <source>the data folder (default: ${variable}, else the user data folder)</source>
        <translation>la carpeta de datos (predeterminada: ${variable}; si no, la carpeta de datos del usuario)</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of standard input, unlock, and run the integrity check</source>
        <translation>leer la frase de contraseña de la primera línea de la entrada estándar, desbloquear y hacer la revisión de integridad</translation>
    </message>
    <message>
        <source>print the report as JSON (always in English)</source>
        <translation>mostrar el informe en JSON (siempre en inglés)</translation>
    </message>
    <message>
        <source>confide-admin: --passphrase-stdin read an empty line</source>
        <translation>confide-admin: --passphrase-stdin leyó una línea vacía</translation>
    </message>
    <message>
        <source>argument {argument}: {message}</source>
        <translation>argumento {argument}: {message}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>argumentos no reconocidos: {arguments}</translation>
    </message>
    <message>
        <source>the following arguments are required: {arguments}</source>
        <translation>faltan estos argumentos obligatorios: {arguments}</translation>
    </message>
    <message>
        <source>one of the arguments {arguments} is required</source>
        <translation>se necesita uno de los argumentos {arguments}</translation>
    </message>
    <message>
        <source>not allowed with argument {argument}</source>
        <translation>no se permite junto con el argumento {argument}</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un valor</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un valor</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>opción ambigua: {option} puede ser {matches}</translation>
    </message>
    <message>
        <source>invalid {type} value: {value}</source>
        <translation>valor {type} no válido: {value}</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>opción no válida: {value} (elija entre {choices})</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>the language of the messages (default: the computer&apos;s)</source>
        <translation>el idioma de los mensajes (predeterminado: el de la computadora)</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
    <message>
        <source>{text} is not a date like 2026-11-22</source>
        <translation>{text} no es una fecha como 2026-11-22</translation>
    </message>
    <message>
        <source>make, sign and verify signed directory bundles</source>
        <translation>crear, firmar y verificar paquetes del directorio firmados</translation>
    </message>
    <message>
        <source>The organization&apos;s directory entries travel as a signed bundle: HSDS data plus a minisign signature whose trusted comment holds the version, issue and expiry dates.</source>
        <translation>Las entradas del directorio de la organización viajan como un paquete firmado: datos HSDS más una firma de minisign cuyo comentario de confianza lleva la versión y las fechas de emisión y de vencimiento.</translation>
    </message>
    <message>
        <source>make a signing key pair (minisign format)</source>
        <translation>crear un par de llaves de firma (formato minisign)</translation>
    </message>
    <message>
        <source>Write a minisign-format Ed25519 key pair. The secret key is encrypted with a passphrase read from the first line of standard input, unless --unencrypted is given. Pin the printed public key in policy.</source>
        <translation>Escribe un par de llaves Ed25519 en formato minisign. La llave secreta se cifra con una frase de contraseña leída de la primera línea de la entrada estándar, a menos que se indique --unencrypted. Fije en la política la llave pública que se muestra.</translation>
    </message>
    <message>
        <source>public key file</source>
        <translation>archivo de la llave pública</translation>
    </message>
    <message>
        <source>secret key file</source>
        <translation>archivo de la llave secreta</translation>
    </message>
    <message>
        <source>write the secret key without a passphrase (CI secret stores)</source>
        <translation>escribir la llave secreta sin frase de contraseña (almacenes de secretos de CI)</translation>
    </message>
    <message>
        <source>overwrite existing key files</source>
        <translation>sobrescribir los archivos de llave existentes</translation>
    </message>
    <message>
        <source>turn HSDS JSON or tabular packages into bundle data</source>
        <translation>convertir JSON de HSDS o paquetes tabulares en datos de paquete</translation>
    </message>
    <message>
        <source>Read HSDS JSON files and tabular data packages (folders holding datapackage.json), check every record, and write one bundle data file to sign: the compact format (JSON Lines, each taxonomy term once) unless --plain is given. A bundle may be at most {limit}.</source>
        <translation>Lee archivos JSON de HSDS y paquetes de datos tabulares (carpetas con datapackage.json), revisa cada registro y escribe un archivo de datos de paquete para firmar: en el formato compacto (JSON Lines, cada término de la taxonomía una vez) a menos que se indique --plain. Un paquete puede tener como máximo {limit}.</translation>
    </message>
    <message>
        <source>HSDS file or folder</source>
        <translation>archivo o carpeta HSDS</translation>
    </message>
    <message>
        <source>the bundle data file</source>
        <translation>el archivo de datos del paquete</translation>
    </message>
    <message>
        <source>write an HSDS JSON list page (larger; read by Confide versions before the compact format too)</source>
        <translation>escribir una página de lista JSON de HSDS (más grande; también la leen las versiones de Confide anteriores al formato compacto)</translation>
    </message>
    <message>
        <source>sign bundle data</source>
        <translation>firmar datos de paquete</translation>
    </message>
    <message>
        <source>Check DATA as HSDS and write DATA.minisig. The key&apos;s passphrase, if it has one, is read from the first line of standard input.</source>
        <translation>Revisa DATA como HSDS y escribe DATA.minisig. La frase de contraseña de la llave, si tiene una, se lee de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>bundle version; must be higher than the one in use</source>
        <translation>versión del paquete; debe ser mayor que la que está en uso</translation>
    </message>
    <message>
        <source>issue date (default: today)</source>
        <translation>fecha de emisión (predeterminada: hoy)</translation>
    </message>
    <message>
        <source>expiry date; after it the app warns the entries may be out of date</source>
        <translation>fecha de vencimiento; después de ella, la aplicación avisa que las entradas pueden estar desactualizadas</translation>
    </message>
    <message>
        <source>check a bundle as the app would</source>
        <translation>verificar un paquete como lo haría la aplicación</translation>
    </message>
    <message>
        <source>Check DATA and DATA.minisig: signature by the given key, HSDS data, version and dates.</source>
        <translation>Verifica DATA y DATA.minisig: la firma con la llave indicada, los datos HSDS, la versión y las fechas.</translation>
    </message>
    <message>
        <source>minisign public key file</source>
        <translation>archivo de llave pública de minisign</translation>
    </message>
    <message>
        <source>public key line, as pinned in policy</source>
        <translation>línea de la llave pública, tal como está fijada en la política</translation>
    </message>
    <message>
        <source>refuse unless newer than this version</source>
        <translation>rechazar a menos que sea más reciente que esta versión</translation>
    </message>
    <message>
        <source>check the dates as of DATE (default: today)</source>
        <translation>revisar las fechas a partir de DATE (predeterminada: hoy)</translation>
    </message>
    <message>
        <source>confide-admin: no passphrase on standard input (or pass --unencrypted)</source>
        <translation>confide-admin: no hay una frase de contraseña en la entrada estándar (o indique --unencrypted)</translation>
    </message>
    <message>
        <source>confide-admin: {path} exists (use --force to replace it)</source>
        <translation>confide-admin: {path} ya existe (use --force para reemplazarlo)</translation>
    </message>
    <message>
        <source>public key (pin in policy): {key}</source>
        <translation>llave pública (fíjela en la política): {key}</translation>
    </message>
    <message>
        <source>confide-admin: cannot read {path}: {reason}</source>
        <translation>confide-admin: no se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>confide-admin: cannot write {path}: {reason}</source>
        <translation>confide-admin: no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>confide-admin: note: {path} left out: {reason}</source>
        <translation>confide-admin: nota: se omitió {path}: {reason}</translation>
    </message>
    <message>
        <source>confide-admin: not written: {reason}</source>
        <translation>confide-admin: no se escribió: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>wrote {path}: %n service</source>
        <translation>
            <numerusform>se escribió {path}: %n servicio</numerusform>
            <numerusform>se escribió {path}: %n servicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote {path}: %n services</source>
        <translation>
            <numerusform>se escribió {path}: %n servicio</numerusform>
            <numerusform>se escribió {path}: %n servicios</numerusform>
        </translation>
    </message>
    <message>
        <source>confide-admin: --version must be 1 or more and --expires not before --issued</source>
        <translation>confide-admin: --version debe ser 1 o más, y --expires no puede ser anterior a --issued</translation>
    </message>
    <message>
        <source>confide-admin: not signed: {reason}</source>
        <translation>confide-admin: no se firmó: {reason}</translation>
    </message>
    <message>
        <source>confide-admin: wrong passphrase for the secret key</source>
        <translation>confide-admin: la frase de contraseña de la llave secreta es incorrecta</translation>
    </message>
    <message>
        <source>confide-admin: the secret key file is not usable ({reason})</source>
        <translation>confide-admin: el archivo de la llave secreta no se puede usar ({reason})</translation>
    </message>
    <message>
        <source>wrote {path}: version {version}, issued {issued}, expires {expires}</source>
        <translation>se escribió {path}: versión {version}, emitido el {issued}, vence el {expires}</translation>
    </message>
    <message>
        <source>confide-admin: the public key is not usable ({reason})</source>
        <translation>confide-admin: la llave pública no se puede usar ({reason})</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>{path}: REFUSED: {reason}</source>
        <translation>{path}: RECHAZADO: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{path}: valid: version {version}, issued {issued}, expires {expires} (in %n day), key {key}, {services} services</source>
        <translation>
            <numerusform>{path}: válido: versión {version}, emitido el {issued}, vence el {expires} (en %n día), llave {key}, {services} servicios</numerusform>
            <numerusform>{path}: válido: versión {version}, emitido el {issued}, vence el {expires} (en %n días), llave {key}, {services} servicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: valid: version {version}, issued {issued}, expires {expires} (in %n days), key {key}, {services} services</source>
        <translation>
            <numerusform>{path}: válido: versión {version}, emitido el {issued}, vence el {expires} (en %n día), llave {key}, {services} servicios</numerusform>
            <numerusform>{path}: válido: versión {version}, emitido el {issued}, vence el {expires} (en %n días), llave {key}, {services} servicios</numerusform>
        </translation>
    </message>
    <message>
        <source>note: expires within 30 days; sign a newer version soon</source>
        <translation>nota: vence en menos de 30 días; firme pronto una versión más reciente</translation>
    </message>
    <message>
        <source>check and show organization policy, write policy templates</source>
        <translation>revisar y mostrar la política de la organización, escribir plantillas de política</translation>
    </message>
    <message>
        <source>Organization policy: the settings IT pre-sets for Confide.</source>
        <translation>La política de la organización: los ajustes que TI define de antemano para Confide.</translation>
    </message>
    <message>
        <source>check a policy file against the policy schema</source>
        <translation>revisar un archivo de política con el esquema de la política</translation>
    </message>
    <message>
        <source>Check a JSON policy file (or a configuration profile or plist) against the Confide policy schema, version {version}. Prints each problem as FILE: $.path: message.</source>
        <translation>Revisa un archivo de política JSON (o un perfil de configuración o un plist) con el esquema de la política de Confide, versión {version}. Muestra cada problema como FILE: $.path: mensaje.</translation>
    </message>
    <message>
        <source>the policy file to check</source>
        <translation>el archivo de política que se revisa</translation>
    </message>
    <message>
        <source>the preference domain in a profile (default: {bundle_id})</source>
        <translation>el dominio de preferencias de un perfil (predeterminado: {bundle_id})</translation>
    </message>
    <message>
        <source>show the policy in force, with sources and locks</source>
        <translation>mostrar la política vigente, con sus orígenes y bloqueos</translation>
    </message>
    <message>
        <source>Show each setting&apos;s value in force, where it came from (managed, recommended, default) and whether it is locked, then any problems.</source>
        <translation>Muestra el valor vigente de cada ajuste, de dónde viene (administrado, recomendado, predeterminado) y si está bloqueado, y luego los problemas que haya.</translation>
    </message>
    <message>
        <source>read Linux-style managed/ and recommended/ folders under DIR (default: this platform&apos;s places; on Linux {folder})</source>
        <translation>leer carpetas managed/ y recommended/ al estilo de Linux dentro de DIR (predeterminado: las ubicaciones de esta plataforma; en Linux, {folder})</translation>
    </message>
    <message>
        <source>also trust files owned by UID (to check a staged folder before deploying it; root is always trusted)</source>
        <translation>confiar también en los archivos cuyo propietario es UID (para revisar una carpeta preparada antes de implementarla; root siempre es de confianza)</translation>
    </message>
    <message>
        <source>print the result as JSON (always in English)</source>
        <translation>mostrar el resultado en JSON (siempre en inglés)</translation>
    </message>
    <message>
        <source>write ADMX/ADML and mobileconfig templates</source>
        <translation>escribir plantillas ADMX/ADML y mobileconfig</translation>
    </message>
    <message>
        <source>Write Group Policy templates (confide.admx, en-US/confide.adml) and a sample macOS configuration profile (confide.mobileconfig), generated from the policy schema.</source>
        <translation>Escribe las plantillas de directiva de grupo (confide.admx, en-US/confide.adml) y un perfil de configuración de macOS de ejemplo (confide.mobileconfig), generados a partir del esquema de la política.</translation>
    </message>
    <message>
        <source>the folder to write into (created if needed)</source>
        <translation>la carpeta donde se escribe (se crea si hace falta)</translation>
    </message>
    <message>
        <source>{path}: valid (Confide policy schema version {version})</source>
        <translation>{path}: válido (esquema de la política de Confide, versión {version})</translation>
    </message>
    <message>
        <source>managed</source>
        <translation>administrado</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recomendado</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>{source}, locked</source>
        <translation>{source}, bloqueado</translation>
    </message>
    <message>
        <source>confide-admin: {folder} is not a folder</source>
        <translation>confide-admin: {folder} no es una carpeta</translation>
    </message>
    <message>
        <source>Confide policy in force (schema version {version})</source>
        <translation>Política de Confide vigente (versión del esquema {version})</translation>
    </message>
    <message numerus="yes">
        <source>%n problem; the settings above apply without it:</source>
        <translation>
            <numerusform>%n problema; los ajustes de arriba se aplican sin él:</numerusform>
            <numerusform>%n problemas; los ajustes de arriba se aplican sin ellos:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems; the settings above apply without them:</source>
        <translation>
            <numerusform>%n problema; los ajustes de arriba se aplican sin él:</numerusform>
            <numerusform>%n problemas; los ajustes de arriba se aplican sin ellos:</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>se escribió {path}</translation>
    </message>
    <message>
        <source>check and merge peer supporters&apos; aggregate reports</source>
        <translation>verificar y combinar los informes agregados de los consejeros pares</translation>
    </message>
    <message>
        <source>Peer support aggregate reports: counts by month and category only.</source>
        <translation>Informes agregados del apoyo entre pares: solo recuentos por mes y categoría.</translation>
    </message>
    <message>
        <source>check report files&apos; signatures and rules</source>
        <translation>verificar las firmas y las reglas de los archivos de informe</translation>
    </message>
    <message>
        <source>Check each report file: format, Ed25519 signature (a merged report: SHA-256 checksum), and that no count from 1 to 10 is shown.</source>
        <translation>Verifica cada archivo de informe: el formato, la firma Ed25519 (en un informe combinado, la suma de comprobación SHA-256) y que no se muestre ningún recuento de 1 a 10.</translation>
    </message>
    <message>
        <source>report files (.json)</source>
        <translation>archivos de informe (.json)</translation>
    </message>
    <message>
        <source>merge supporters&apos; reports into one, suppressed again</source>
        <translation>combinar los informes de los consejeros pares en uno, suprimido de nuevo</translation>
    </message>
    <message>
        <source>Merge two or more supporters&apos; signed report files into one. Counts the reports only show as &lt;11 or * stay hidden; the merged report is suppressed again and audited. Refused: a changed or unsigned file, a merged report, and two reports signed by one key whose periods overlap.</source>
        <translation>Combina dos o más archivos de informe firmados por consejeros pares en uno solo. Los recuentos que los informes solo muestran como &lt;11 o * siguen ocultos; el informe combinado se vuelve a suprimir y se audita. Se rechazan: un archivo cambiado o sin firmar, un informe combinado y dos informes firmados con una misma llave cuyos periodos se superponen.</translation>
    </message>
    <message>
        <source>where to write the merged report (.json)</source>
        <translation>dónde escribir el informe combinado (.json)</translation>
    </message>
    <message>
        <source>also write the merged tables as CSV</source>
        <translation>escribir también las tablas combinadas en CSV</translation>
    </message>
    <message>
        <source>the merged report&apos;s label (default: {label}); it must identify no one</source>
        <translation>la etiqueta del informe combinado (predeterminada: {label}); no debe identificar a nadie</translation>
    </message>
    <message>
        <source>refused: the checksum does not match (the file was changed or damaged after export)</source>
        <translation>rechazado: la suma de comprobación no coincide (el archivo se cambió o se dañó después de exportarlo)</translation>
    </message>
    <message>
        <source>refused: the signature does not match (the file was changed after it was signed)</source>
        <translation>rechazado: la firma no coincide (el archivo se cambió después de firmarlo)</translation>
    </message>
    <message>
        <source>refused: not signed ({detail})</source>
        <translation>rechazado: no está firmado ({detail})</translation>
    </message>
    <message>
        <source>refused: written by a newer Confide ({detail})</source>
        <translation>rechazado: lo escribió una versión más reciente de Confide ({detail})</translation>
    </message>
    <message>
        <source>refused: {detail}</source>
        <translation>rechazado: {detail}</translation>
    </message>
    <message>
        <source>refused: not a JSON file</source>
        <translation>rechazado: no es un archivo JSON</translation>
    </message>
    <message>
        <source>refused: it breaks the report rules ({detail})</source>
        <translation>rechazado: no cumple las reglas de los informes ({detail})</translation>
    </message>
    <message>
        <source>{path}: ok, {first} to {last}, 1 supporter report, signed by key {key}</source>
        <translation>{path}: bien, de {first} a {last}, 1 informe de consejero par, firmado con la llave {key}</translation>
    </message>
    <message numerus="yes">
        <source>{path}: ok, {first} to {last}, %n supporter reports, merged, not signed (its inputs were verified when merged)</source>
        <translation>
            <numerusform>{path}: bien, de {first} a {last}, %n informe de consejero par, combinado, sin firmar (sus informes de origen se verificaron al combinarlos)</numerusform>
            <numerusform>{path}: bien, de {first} a {last}, %n informes de consejeros pares, combinado, sin firmar (sus informes de origen se verificaron al combinarlos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <source>confide-admin: cannot merge: {reason}</source>
        <translation>confide-admin: no se puede combinar: {reason}</translation>
    </message>
    <message>
        <source>{path} was not written</source>
        <translation>no se escribió {path}</translation>
    </message>
    <message>
        <source>confide-admin: cannot write {path} ({reason})</source>
        <translation>confide-admin: no se puede escribir {path} ({reason})</translation>
    </message>
    <message>
        <source>merged {files} reports ({supporters} supporter reports), {first} to {last}: {path}</source>
        <translation>se combinaron {files} informes ({supporters} informes de consejeros pares), de {first} a {last}: {path}</translation>
    </message>
    <message>
        <source>try the identifier check used on peer supporters&apos; notes</source>
        <translation>probar la revisión de identificadores que se usa en las notas de los consejeros pares</translation>
    </message>
    <message>
        <source>The identifier check used on peer supporters&apos; notes.</source>
        <translation>La revisión de identificadores que se usa en las notas de los consejeros pares.</translation>
    </message>
    <message>
        <source>print the identifiers found in text, one JSON line each</source>
        <translation>mostrar los identificadores encontrados en un texto, una línea JSON por cada uno</translation>
    </message>
    <message>
        <source>Read notes, one per line, from FILE or standard input and print each identifier found as a JSON line with line, kind, start, end and text. Kinds: {kinds}. Exit status: 0 none found, 1 some found, 2 FILE unreadable.</source>
        <translation>Lee notas, una por línea, de FILE o de la entrada estándar y muestra cada identificador encontrado como una línea JSON con line, kind, start, end y text. Tipos: {kinds}. Estado de salida: 0 no se encontró ninguno, 1 se encontró alguno, 2 no se puede leer FILE.</translation>
    </message>
    <message>
        <source>a UTF-8 text file, one note per line (default: standard input)</source>
        <translation>un archivo de texto UTF-8, una nota por línea (predeterminado: la entrada estándar)</translation>
    </message>
    <message>
        <source>confide-admin: {path} is not UTF-8 text</source>
        <translation>confide-admin: {path} no es texto UTF-8</translation>
    </message>
    <message>
        <source>estimate burnout prevalence from people&apos;s randomized tokens</source>
        <translation>estimar la prevalencia del agotamiento laboral a partir de los tokens aleatorizados de las personas</translation>
    </message>
    <message>
        <source>Burnout prevalence from randomized-response tokens people chose to hand over: no token says what one person answered.</source>
        <translation>La prevalencia del agotamiento laboral a partir de tokens de respuesta aleatorizada que las personas decidieron entregar: ningún token dice lo que respondió una persona.</translation>
    </message>
    <message>
        <source>estimate prevalence per quarter, with a 95% confidence interval</source>
        <translation>estimar la prevalencia por trimestre, con un intervalo de confianza del 95%</translation>
    </message>
    <message>
        <source>Read token files and print, per quarter, the estimated share with burnout (single-item answer 3 or more) and, where people answered it, the share who used a confidential resource, each with its 95% interval. Fewer than {minimum} tokens are not reported. A second token from the same vault for a quarter, or a malformed token, is refused and nothing is reported. Exit status: 0 all reported, 1 something refused, 2 a FILE cannot be read.</source>
        <translation>Lee archivos de tokens y muestra, por trimestre, la proporción estimada con agotamiento laboral (respuesta de 3 o más a la pregunta única) y, donde las personas la respondieron, la proporción que usó un recurso confidencial, cada una con su intervalo del 95%. No se informa con menos de {minimum} tokens. Un segundo token de la misma caja fuerte para un trimestre, o un token mal formado, se rechaza y no se informa nada. Estado de salida: 0 se informó todo, 1 se rechazó algo, 2 no se puede leer un FILE.</translation>
    </message>
    <message>
        <source>token files (.json)</source>
        <translation>archivos de tokens (.json)</translation>
    </message>
    <message>
        <source>  {what}: {share} (95% CI {low} to {high}), from {counted}</source>
        <translation>  {what}: {share} (IC del 95%: de {low} a {high}), a partir de {counted}</translation>
    </message>
    <message>
        <source> (the unbiased estimate, {share}, is shown cut to 0-100%)</source>
        <translation> (la estimación insesgada, {share}, se muestra recortada a 0-100%)</translation>
    </message>
    <message numerus="yes">
        <source>%n token</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>{period}: refused: {reason} before anything is reported</source>
        <translation>{period}: rechazado: {reason} antes de informar algo</translation>
    </message>
    <message>
        <source>burnout (answer 3 or more)</source>
        <translation>agotamiento laboral (respuesta de 3 o más)</translation>
    </message>
    <message>
        <source>{period}: confidential resource use not reported: {reason}</source>
        <translation>{period}: no se informa el uso de recursos confidenciales: {reason}</translation>
    </message>
    <message>
        <source>used a confidential resource</source>
        <translation>usó un recurso confidencial</translation>
    </message>
    <message numerus="yes">
        <source>%n token that answered</source>
        <translation>
            <numerusform>%n token que respondió</numerusform>
            <numerusform>%n tokens que respondieron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tokens that answered</source>
        <translation>
            <numerusform>%n token que respondió</numerusform>
            <numerusform>%n tokens que respondieron</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: refused: {reason}</source>
        <translation>{path}: rechazado: {reason}</translation>
    </message>
    <message>
        <source>{path}: refused: a second token from the same vault for {period} (the first is {first})</source>
        <translation>{path}: rechazado: un segundo token de la misma caja fuerte para {period} (el primero es {first})</translation>
    </message>
    <message>
        <source>Nothing was reported. Remove the refused files and run again.</source>
        <translation>No se informó nada. Quite los archivos rechazados y vuelva a ejecutarlo.</translation>
    </message>
</context>
</TS>
