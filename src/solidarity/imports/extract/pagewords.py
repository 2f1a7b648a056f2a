"""The words of a page around a statement, in the shipped interface languages: its
furniture (menus, share bars, footers, comments), a letter's closing and address, the
headings of demands and notes, the issuer's phrase, related-article headings, and the
short words that tell the languages apart. Grammar, like lexicon.py, not data."""

from __future__ import annotations

import re

from .lexicon import words

# "Press release", "For immediate release": what kind of page a press office sends.
PRESS_LABEL = (
    r"(?:press\s+release|news\s+release|for\s+immediate\s+release|communiqué\s+de\s+presse|"
    r"pour\s+diffusion\s+immédiate|comunicado\s+de\s+prensa|para\s+difusión\s+inmediata|"
    r"nota\s+de\s+prensa|comunicado\s+de\s+imprensa|nota\s+à\s+imprensa|"
    r"para\s+divulgação\s+imediata|pressemitteilung|presseaussendung|presseinformation|"
    r"zur\s+sofortigen\s+veröffentlichung|comunicato\s+stampa|пресс-релиз|прес-реліз|"
    r"basın\s+(?:açıklaması|bülteni)|δελτίο\s+τύπου|보도\s*자료|بيان\s+صحفي)"
)
# Signing in or up, a page's account links: "Se connecter | S'abonner dès 1€".
ACCOUNT_LINK = re.compile(
    r"^(?:log\s*in|sign\s+in|sign\s+up|register|subscribe|se\s+connecter|connexion|"
    r"s['’]abonner|s['’]inscrire|iniciar\s+sesión|ingresar|registrarse|regístrate|"
    r"anmelden|einloggen|registrieren|accedi|registrati|entrar|cadastre-se|cadastrar|"
    r"войти|вход|регистрация|увійти|реєстрація|giriş\s+yap|üye\s+ol|kayıt\s+ol|σύνδεση|"
    r"εγγραφή|로그인|회원\s*가입|تسجيل\s+الدخول|تسجيل)\b",
    re.IGNORECASE,
)
# "Tags", "Etiquetas", "Schlagwörter": the heading of a post's tags.
TAG_WORDS = (
    r"(?:tags?|etiquetas|schlagwörter|schlagworte|stichwörter|теги|etiketler|ετικέτες|태그|"
    r"(?:ال)?وسوم|mots[-\s]clés|palavras[-\s]chave|parole\s+chiave|palabras\s+clave|"
    r"keywords|ключевые\s+слова|ключові\s+слова|anahtar\s+kelimeler|λέξεις[-\s]κλειδιά|"
    r"키워드|الكلمات\s+المفتاحية|topics|temas|thèmes|themen|argomenti|темы|теми|konular|"
    r"θέματα|주제|مواضيع|برچسب‌ها|برچسبها)"
)
# The heading alone, its tags on the lines below it.
TAGS_HEADING = re.compile(rf"^{TAG_WORDS}\s*:?$", re.IGNORECASE)
# Lines that are page furniture rather than statement text.
SOCIAL_SITES = (
    r"(?:instagram|facebook|x|twitter|telegram|whatsapp|mastodon|bluesky|tiktok|youtube|"
    r"threads|vk|вконтакте)"
)
NOISE_LINE = re.compile(
    r"^(?:share(?:\s+(?:this|with\s+your\s+friends|on\s+\w+))?\d*\s*:?|tweet|"
    r"(?:print|email|e-mail)(?:\s+this(?:\s+page|\s+article)?)?|back|"
    r"like|(?:main\s+)?menu|navigation|☰.*|home|search(?:\s+for|\s+this\s+site|\s+\w+)?\s*:?|"
    r"skip\s+to\s+(?:the\s+)?(?:main\s+)?content|read\s+more|leer\s+más|leia\s+mais|"
    # The same furniture in the other shipped languages ("Saltar al contenido principal").
    r"(?:(?:saltar|ir|salta|vai|passer|aller|pular|ir)\s+(?:al|au|ao|para\s+o|direttamente\s+al)\s+"
    r"(?:contenido|contenuto|contenu|conteúdo)(?:\s+principale?)?|"
    r"(?:zum\s+(?:haupt)?inhalt\s+springen|direkt\s+zum\s+inhalt)|"
    r"przejdź\s+do\s+(?:głównej\s+)?treści|"
    r"перейти\s+к\s+(?:основному\s+)?(?:содержимому|содержанию)|"
    r"перейти\s+до\s+(?:основного\s+)?(?:вмісту|змісту)|(?:ana\s+)?içeriğe\s+geç|"
    r"μετάβαση\s+στο\s+(?:κύριο\s+)?περιεχόμενο|본문\s+바로가기|"
    r"(?:انتقل|تخطي|تخطَّ)\s+إلى\s+المحتوى(?:\s+الرئيسي)?)|"
    # The heading of a message's or a post's attached files.
    r"attachments?|attached\s+files?|첨부\s*파일|anexos?|archivos\s+adjuntos|pièces?\s+jointes?|"
    r"anh[äa]nge?|allegati|вложения|вкладення|ekler|συνημμένα|المرفقات|"
    # A comment's own button: "Reply", "Répondre".
    r"reply|répondre|responder|antworten|rispondi|ответить|відповісти|yanıtla|απάντηση|"
    r"답글(?:\s*달기)?|رد|"
    # A post's button that links to it: "Link", "Permalink".
    r"(?:perma)?link|enlace|lien|collegamento|ссылка|посилання|bağlantı|σύνδεσμος|링크|رابط|"
    # The end of a press release and the heading of the notes under it; its label.
    r"-*\s*ends\s*-*|#{3}|notes?\s+(?:to|for)\s+editors\s*:?|"
    rf"{PRESS_LABEL}\s*:?|"
    # An editor's furniture: "Last edit was 2 hours ago", Word's "Protected View".
    r"(?:last\s+edit|última\s+edición|dernière\s+modification|zuletzt\s+bearbeitet|"
    r"ultima\s+modifica|última\s+edição|последнее\s+изменение|останнє\s+редагування|"
    r"son\s+düzenleme|τελευταία\s+επεξεργασία|마지막\s+수정|آخر\s+تعديل)\b.*|"
    r"protected\s+view|mode\s+protégé|vista\s+protegida|geschützte\s+ansicht|"
    r"visualizzazione\s+protetta|modo\s+de\s+exibição\s+protegido|"
    r"защищенный\s+просмотр|захищений\s+перегляд|korumalı\s+görünüm|"
    r"προστατευμένη\s+προβολή|제한된\s+보기|طريقة\s+العرض\s+المحمية|"
    # A petition platform's line naming whom it is addressed to.
    r"(?:petition|petición|pétition|petizione|petição|petition|петиция|петиція|dilekçe|"
    r"αναφορά|청원)\s+(?:to|an|a|à|al|ao|alla|dirigida|adressée|indirizzata|"
    r"direcionada|gerichtet|адресована|адресована|κατά)\b.*|"
    r"menú|menü|меню|μενού|메뉴|القائمة|buscar|rechercher|suche|"
    r"cerca|pesquisar|поиск|пошук|ara|αναζήτηση|검색|بحث|imprimir|imprimer|drucken|stampa|"
    r"печать|друк|yazdır|εκτύπωση|인쇄|طباعة|"
    r"(?:posted|filed)\s+(?:in|under)\b.*|"
    # The person legally responsible for the page: "V.i.S.d.P.: A. Name, Street 12".
    r"v\.\s*i\.\s*s\.\s*d\.\s*p\.?\s*:.*|directeur\s+de\s+(?:la\s+)?publication\s*:.*|"
    r"(?:éditeur|éditrice)\s+responsable\s*:.*|verantwoordelijke\s+uitgever\s*:.*|"
    r"lire\s+la\s+suite|weiterlesen|leggi\s+(?:tutto|anche|di\s+più)|continue\s+reading|"
    r"read\s+more|leer\s+más|le[ir]a\s+mais|ler\s+mais|читать\s+далее|читати\s+далі|"
    r"devamını\s+oku|διαβάστε\s+περισσότερα|"
    r"connect\s+with\s+us|follow\s+us|subscribe|comments?|related(?:\s+posts)?|"
    r"add\s+your\s+name.*|sign\s+(?:the\s+)?(?:petition|here|now)|click\s+here.*|"
    # A petition site's link to report the page.
    r"report\s+(?:abuse|a\s+policy\s+violation|this\s+\w+)|reportar\s+(?:un\s+abuso|"
    r"una\s+infracción.*)|denunciar\s+(?:abuso|esta\s+\w+)|signaler\s+(?:un\s+)?abus|"
    r"missbrauch\s+melden|segnala(?:\s+un)?\s+abuso|пожаловаться|поскаржитися|"
    r"şikayet\s+et|αναφορά\s+κατάχρησης|신고하기|الإبلاغ\s+عن\s+إساءة|"
    r"compartir|compartilhar|partager|teilen|condividi|поделиться|поділитися|paylaş|"
    r"κοινοποίηση|공유(?:하기)?|مشاركة|facebook|twitter|whatsapp|telegram|linkedin|"
    # "Instagram / X: @account": where to follow the campaign.
    rf"{SOCIAL_SITES}(?:\s*/\s*{SOCIAL_SITES})*\s*:\s*@\S+.*|"
    # Photo credits: "Photo: X", "Photo by X", "Foto di X", "사진=X", "© X", also in
    # brackets as a caption is copied ("[Foto: Rally at the gate. Foto: A. Name]").
    # "Na zdjęciu: pikieta …", "In the photo: …": a caption, what the picture shows.
    r"(?:na\s+zdjęciu|in\s+the\s+(?:photo|picture)|en\s+la\s+foto|sur\s+la\s+photo|"
    r"nella\s+foto|na\s+foto|auf\s+dem\s+(?:foto|bild)|на\s+фото|fotoğrafta|"
    r"στη\s+φωτογραφία)\s*:.*|"
    r"[(\[]?(?:photo|foto|fotoğraf|image|picture|credit|crédito|crédit|bild|фото|фотографія|"
    r"φωτογραφία|사진|(?:ال)?صورة|تصوير|写真(?:提供)?|撮影|摄影|攝影)"
    r"(?:\s*(?:credit|crédit|crédito))?\s*(?:[:=]|(?:by|de|di|von|par|da|от)\s).*|©\s*\S.*|"
    # "저작권자 © 일터뉴스 무단전재 및 재배포 금지", "정하늘 기자 다른기사 보기": a Korean
    # paper's copyright and its reporter's byline.
    r"(?:저작권자|copyright)\s*©.*|.*\s기자\s+다른\s*기사\s*보기|"
    # "Petizione · Diritti umani · Italia": a petition site's kind, topic and place.
    r"(?:petition|petición|petição|pétition|petizione|петиция|петиція|kampanya|αναφορά|"
    r"청원|عريضة)\s*[·•|›]\s*\S.*|"
    # "Kampanyayı başlatan: X" / "Muhatap: Y": a petition site's starter and addressee.
    r"(?:kampanyayı\s+başlatan|kampanya\s+sahibi|muhatap)\s*:.*|"
    # "Stampato in proprio – …", "V.i.S.d.P.: …": a leaflet's imprint.
    # ("طُبع على نفقة المناضلين": printed at the militants' expense.)
    r"(?:stampato\s+in\s+proprio|printed\s+(?:and\s+published\s+)?by|imprimé\s+par|"
    r"impreso\s+por|impresso\s+por|gedruckt\s+(?:von|bei)|отпечатано|надруковано|"
    r"printed\s+at\s+the\s+expense|imprimé\s+aux\s+frais|طُ?بِ?ع\s+على\s+نفقة|"
    r"v\.\s?i\.\s?s\.\s?d\.\s?p\.)(?:\s|:|$).*|"
    # "▣ Scan to sign", "امسح الرمز للتوقيع": a printed sheet's code to scan.
    r"[▣⧉]?\s*(?:scan\s+(?:to|the|this|here)|scannez|escanea|escaneie|scansiona|scanne|"
    r"сканируйте|скануйте|σαρώστε|امسح\s+(?:الرمز|الكود|رمز))\b.*|"
    # A word processor's document properties: "Συντάκτης εγγράφου: X – Τελευταία
    # αποθήκευση: 07/03/2024 22:41", "Last saved: …".
    r"(?:document\s+author|autor\s+del\s+documento|autor\s+do\s+documento|"
    r"auteur\s+du\s+document|verfasser(?:in)?|autore\s+del\s+documento|автор\s+документа|"
    r"автор\s+документу|belge\s+yazarı|συντάκτης\s+εγγράφου|문서\s+작성자|مؤلف\s+المستند|"
    r"last\s+saved|último\s+guardado|dernier\s+enregistrement|zuletzt\s+gespeichert|"
    r"ultimo\s+salvataggio|последнее\s+сохранение|τελευταία\s+αποθήκευση)\s*:.*|"
    # "Redacción: …", "Diseño: …", "إعداد وتنسيق: …": who wrote and laid out the document
    # ("Redaktion: X · Stand: 02.03.2026" dates it too, and stays).
    r"(?:redacción|redação|rédaction|redaktion|redazione|редакция|редакція|diseño|design|"
    r"maquetación|diagramação|mise\s+en\s+page|gestaltung|layout|impaginazione|дизайн|"
    r"верстка|opracowanie(?:\s+strony)?|إعداد(?:\s+وتنسيق)?|تصميم|편집|디자인)\s*:(?!.*\d{4}).*|"
    # "목록 이전글: … 다음글: …": a web board's list button and its previous and next posts.
    r"(?:목록\s+)?(?:이전글|다음글)\s*:.*|"
    # "👍❤️ You, Ana Ruiz and 312 others": who reacted to a post.
    r"[^\w\s]*\s*(?:you|você|vous|tú|tu|du|ви|вы|ти|ты|sen|εσύ|أنت)\s*,\s.*\d+(?:\s+\w+)?|"
    r"(?:posted|published|publicado|publié|veröffentlicht|pubblicato|опубликовано|"
    r"yayınlandı|δημοσιεύθηκε|게시)\s+(?:by|por|par|von|da)\s+.*|"
    rf"{TAG_WORDS}\s*:.*|"
    # Newsletter boxes: "Newsletter: your e-mail Subscribe", "Abonnez-vous à la lettre".
    r"newsletter\s*[:|–-].*|(?:subscribe|sign\s+up|join|get|receive|abonnez|inscri\w*|suscr\w*|"
    r"iscriviti|abonnieren|assine|receba)\b.*\bnewsletter\w*|(?:suscr[ií]b\w*|subscreva|inscreva-se|abonnez-vous|"
    r"abonnieren|iscriviti|подпишитесь|подписаться|підпишіться|підписатися|abone\s+ol\w*|"
    r"εγγραφείτε|구독하기|اشترك)(?:\s+\S+){0,6}|"
    # How to join: "Per aderire scrivi a …", "To sign, write to …", "How to endorse".
    r"(?:to|per|para|pour|um|zum|чтобы|щоб|για\s+να|how\s+to|come|cómo|como|comment|wie|как|"
    r"як)\s+(?:sign|endorse|join|add\s+your\s+name|aderire|firmare|sottoscrivere|adherir(?:se)?|"
    r"firmar|suscribir|assinar|aderir|subscrever|signer|adhérer|unterzeichnen|unterschreiben|"
    r"mitzeichnen|подписать|присоединиться|підписати|приєднатися|υπογράψ\w*)\b.*|"
    # "Wer noch unterschreiben will: …", "Who wants to sign: …", "Quem quiser assinar: …".
    r"(?:wer|who|whoever|quien|quienes|quem|qui|chi|кто|хто|όποιος|kim)\s+(?:\S+\s+){0,3}"
    r"(?:sign|firm|assin|sign|unterschreib|unterzeichn|mitzeichn|подпис|підпис|υπογρ|imzala)"
    r"\w*.*|"
    # "Adhesiones: escribir a firmas@example.org", "Send your endorsement to …@…".
    # (The look-ahead for the address fails a line without one at once.)
    r"(?=.*@).*\b(?:write|send|email|e-mail|escrib\w*|envi\w*|scriv\w*|mand\w*|écri\w*|envoy\w*|"
    r"schreib\w*|schick\w*|escrev\w*|напиш\w*|пиш\w*|yaz\w*|gönder\w*|γράψ\w*|στείλ\w*|"
    r"보내\w*|راسل\w*|أرسل\w*)\b.*\S+@\S+\.\w+.*|"
    # "The letter remains open for signatures", "Заява відкрита для підписання".
    r".*(?:open\s+for\s+(?:signatures|signing|endorsements?)|"
    r"abiert[oa]\s+a\s+(?:firmas|adhesiones|nuevas\s+firmas)|"
    r"abert[oa]\s+a\s+(?:assinaturas|adesões|subscrições)|ouvert[e]?\s+(?:aux|à\s+la)\s+signatures?|"
    r"offen\s+für\s+(?:unterschriften|unterzeichn\w*)|apert[oa]\s+(?:alle|a)\s+(?:firme|adesioni)|"
    r"открыт\w*\s+для\s+подписан\w*|відкрит\w*\s+для\s+підписан\w*|imzaya\s+açık|"
    r"ανοιχτ\w*\s+(?:για|σε)\s+υπογραφ\w*|مفتوح\w*\s+للتوقيع).*|"
    r"(?:imzalamak\s+için|imzacı\s+olmak\s+için|서명하려면|서명\s+방법|للتوقيع|"
    r"للانضمام)\b.*|"
    # An invitation to sign, then how: "Add your signature: …", "서명 추가: …".
    r"(?:add\s+your\s+(?:signature|organi[sz]ation)|co-?sign|añade\s+tu\s+firma|"
    r"ajoutez\s+votre\s+(?:nom|signature)|mitunterzeichnen|jetzt\s+unterschreiben|"
    r"firma\s+anche\s+tu|adicione\s+sua\s+assinatura|добавить\s+подпись|"
    r"додати\s+підпис|imza\s+ekle|προσθέστε\s+την\s+υπογραφή\s+σας|서명\s*(?:추가|하기|참여)|"
    r"أضف\s+توقيعك)\s*:.*|"
    # A channel's furniture: "14 238 subscribers", "Forwarded from Left Wave".
    r"[\d\s.,]+[kKmMкК]?\s+(?:subscribers|followers|members|подписчик\w*|підписник\w*|"
    r"участник\w*|учасник\w*|abone|takipçi|συνδρομητές|ακόλουθοι|구독자|팔로워|مشترك\w*|متابع\w*)|"
    r"(?:forwarded\s+from|переслано\s+(?:от|від)|yönlendirildi|προωθήθηκε\s+από)[\s:].*|"
    # A fediverse account over its post: "River Alliance @rivers@social.example".
    r"[^@]{0,60}\s@[\w.]+@[\w-]+(?:\.[\w-]+)+|"
    r"post\s+navigation|navegación\s+de\s+entradas|navigation\s+des\s+articles|"
    r"beitragsnavigation|navigazione\s+articoli|навигация\s+по\s+записям|"
    # "← Previous: Spring seed swap", "Next: …": a blog's links to its other posts.
    # "Entrada anterior: …", "Article précédent : …".
    r"[←→‹›]?\s*(?:(?:post|entrada|artículo|article|entrée|beitrag|articolo|artigo|"
    r"publicação|запись|запис|yazı|άρθρο)\s+)?"
    r"(?:previous|next|anterior|siguiente|précédent|suivant|vorherige[rs]?|"
    r"nächste[rs]?|precedente|successivo|предыдущая|следующая|попередня|наступна|önceki|"
    r"sonraki|προηγούμενο|επόμενο)\s*:.*|"
    # A link back: "← Back", "← Zurück", "‹ Volver".
    r"[←⟵‹]\s*\w+(?:\s+\w+)?|"
    # Sorting a comment thread: "Sort by: Best ▾", "Ordenar por: Mejores".
    r"(?:sort(?:\s+by)?|ordenar(?:\s+por)?|trier\s+par|sortieren(?:\s+nach)?|ordina\s+per|"
    r"сортировать(?:\s+по)?|сортувати(?:\s+за)?|sırala|ταξινόμηση|정렬|ترتيب)\s*:.*|"
    # Blog furniture; "Like this: Loading…" under a WordPress post.
    r"(?:like\s+this|gefällt\s+mir|me\s+gusta|j['’]aime|mi\s+piace|curtir|нравится|"
    r"подобається|beğen\w*|μου\s+αρέσει)\s*:.*|(?:like\s+)?(?:loading|lädt|cargando|chargement|"
    r"caricamento|carregando|загрузка|завантаження|yükleniyor|φόρτωση)\s*(?:…|\.\.\.)?|"
    r"labels?\s*:.*|newer\s+post.*|older\s+post.*|subscribe\s+to.*|(?:no\s+)?comments?\s*:?|"
    # A board's links to the posts before and after: "▶ 다음글 [논평] …", "◀ Previous post".
    r"[▲▼△▽▶◀►◄]?\s*(?:이전글|다음글|윗글|아랫글|(?:previous|next)\s+(?:post|article)|"
    r"(?:entrada|artículo|nota)\s+(?:anterior|siguiente)|article\s+(?:précédent|suivant)|"
    r"(?:vorheriger|nächster)\s+(?:beitrag|artikel)|articolo\s+(?:precedente|successivo)|"
    r"(?:предыдущ|следующ)\w+\s+(?:запись|статья|новость)|(?:попередн|наступн)\w+\s+"
    r"(?:запис|стаття|новина)|önceki\s+yazı|sonraki\s+yazı|(?:προηγούμενο|επόμενο)\s+άρθρο|"
    r"المقال\s+(?:السابق|التالي))\b.*|"
    r"post\s+a\s+comment|\d+\s+comments?|"
    # A mailing list archive's links: "Next message: …", "Messages sorted by: [ date ]".
    r"(?:(?:previous|next)\s+message|message\s+(?:précédent|suivant)|"
    r"mensaje\s+(?:anterior|siguiente)|mensagem\s+(?:anterior|seguinte)|"
    r"(?:vorherige|nächste)\s+nachricht|messaggio\s+(?:precedente|successivo)|"
    r"(?:предыдущее|следующее)\s+сообщение|(?:попереднє|наступне)\s+повідомлення|"
    r"messages?\s+(?:sorted\s+by|triés\s+par)|mensajes\s+ordenados\s+por|"
    r"nachrichten\s+sortiert\s+nach|messaggi\s+ordinati\s+per)\s*:.*|"
    # A mail client's folders: "Inbox 214", "Входящие", "Posteingang (3)".
    r"(?:inbox|bandeja\s+de\s+entrada|caixa\s+de\s+entrada|boîte\s+de\s+réception|"
    r"posteingang|posta\s+in\s+arrivo|входящие|вхідні|gelen\s+kutusu|εισερχόμενα|"
    r"받은\s*편지함|البريد\s+الوارد)\s*\(?\d*\)?|"
    # "※ 기자회견 당일 …": a reference mark opens a note.
    r"※.*|"
    # A post's hashtags: "#NoRigassificatore #DeltaDelPo".
    r"(?:#[^\s#]+\s*){2,}(?:\d{1,2}/\d{1,2})?|"
    # A post's header in a thread: "Bağımsız Tiyatrocular Ağı @btda_ag · 3 Mar".
    r"[^@]{1,60}\s@\w{1,30}\s+·\s+.{1,30}|"
    # "Переслано из: X", "Forwarded from X": a messenger's post shared from a channel.
    r"(?:forwarded\s+from|переслано\s+(?:из|от)|переслано\s+з|reenviado\s+de|"
    r"transféré\s+de|weitergeleitet\s+von|inoltrato\s+da|encaminhad[oa]\s+de|"
    r"προωθήθηκε\s+από|전달됨|تمت\s+إعادة\s+التوجيه\s+من)\s*:?\s+\S.*|"
    # "📌 Pinned message", "Закреплённое сообщение": a channel's pinned post, so marked.
    r"(?:📌\s*)?(?:pinned\s+(?:message|post)|mensaje\s+fijado|mensagem\s+fixada|"
    r"message\s+épinglé|angeheftete\s+nachricht|messaggio\s+fissato|"
    r"закреп(?:л[её]нное|ленное)\s+сообщение|закріплене\s+повідомлення|"
    r"sabitlenmiş\s+(?:mesaj|gönderi)|καρφιτσωμένο\s+μήνυμα|고정된\s+메시지|رسالة\s+مثبتة)|"
    # "Show translation", "Show more replies": a social site's buttons.
    r"(?:show|see|view)\s+(?:the\s+)?translation|ver\s+traducción|voir\s+la\s+traduction|"
    r"übersetzung\s+anzeigen|mostra\s+traduzione|ver\s+tradução|показать\s+перевод|"
    r"переглянути\s+переклад|çeviriyi\s+göster|εμφάνιση\s+μετάφρασης|번역\s+보기|"
    r"عرض\s+الترجمة|(?:show|see|view)\s+more\s+replies|mostrar\s+más\s+respuestas|"
    r"afficher\s+plus\s+de\s+réponses|weitere\s+antworten\s+anzeigen|"
    r"mostra\s+altre\s+risposte|mostrar\s+mais\s+respostas|показать\s+(?:ещё|еще)\s+ответы|"
    r"показати\s+більше\s+відповідей|daha\s+fazla\s+yanıt\s+göster|"
    r"εμφάνιση\s+περισσότερων\s+απαντήσεων|답글\s+더\s*보기|عرض\s+المزيد\s+من\s+الردود|"
    # "(Affiliations for identification purposes only.)": a sentence in brackets is a note.
    r"\((?:\S+\s+){3,}\S+[.!]\)|"
    # Contact, download and follow-us lines; a bare address or link.
    r"(?:contact|contacto|contato|kontakt|contatti|контакты|контакти|iletişim|επικοινωνία|"
    r"연락처|문의|enquiries|inquiries|media\s+enquiries|اتصل|more\s+information|más\s+información|mais\s+informações|"
    r"plus\s+d'informations|mehr\s+informationen|maggiori\s+informazioni|press|prensa|"
    r"imprensa|presse|stampa|e-?mail|correo|courriel|pressekontakt|medienkontakt)\s*:.*|"
    # "Na imprensa: «…» – Jornal X": where the press reported on it.
    r"(?:in\s+the\s+press|na\s+imprensa|en\s+la\s+prensa|dans\s+la\s+presse|in\s+der\s+presse|"
    r"nella\s+stampa|в\s+прессе|у\s+пресі|basında|στον\s+τύπο|언론\s*보도|في\s+الصحافة)\s*:.*|"
    # "Contact for the press:", "Контакт для преси:": a few words may qualify the label.
    r"(?:contact|contacto|contato|kontakt|contatto|контакт|iletişim|επικοινωνία)"
    r"(?:\s+[^\s:]+){1,3}\s*:.*|(?:press|media)\s+contacts?\s*:.*|"
    r"(?:download|descargar|descarregar|baixar|télécharger|herunterladen|scarica|скачать|"
    r"завантажити|indir|κατεβάστε|다운로드|تحميل)(?:\s+\S+){0,3}|"
    r"(?:follow\s+us|síguenos|seguinos|siga-nos|suivez-nous|folgt\s+uns|folge\s+uns|seguici|"
    r"подписывайтесь|стежте|bizi\s+takip\s+edin|ακολουθήστε\s+μας|팔로우)(?:\s+\S+){0,4}|"
    r"\S+@\S+\.\w+|https?://\S+|"
    r"categor(?:y|ies|ía|ías|ia|ie|ies)\s*:.*|kategorie\s*:.*|рубрика\s*:.*|kategori\s*:.*|"
    r"κατηγορία\s*:.*|카테고리\s*:.*|تصنيف\s*:.*|"
    r"read\s+next|up\s+next|latest\s+news|most\s+read|"
    # Cookie banners' buttons.
    r"accept(?:\s+all)?|reject(?:\s+all)?|got\s+it|aceptar(?:\s+todo)?|rechazar|aceitar|"
    r"rejeitar|accepter|refuser|tout\s+accepter|akzeptieren|alle\s+akzeptieren|ablehnen|"
    r"accetta(?:\s+tutto)?|rifiuta|принять|отклонить|прийняти|відхилити|kabul\s+et|reddet|"
    r"αποδοχή|απόρριψη|동의|거부|قبول|رفض|"
    # Navigation and footer links.
    r"about(?:\s+us)?|contact(?:\s+us)?|donate|log\s*in|sign\s+up|register|newsletter|"
    r"privacy(?:\s+policy)?|cookies?(?:\s+policy)?|terms(?:\s+of\s+use)?|archives?|"
    r"categories|previous(?:\s+post)?|next(?:\s+post)?|older\s+posts|newer\s+posts|"
    r"back\s+to\s+top|leave\s+a\s+(?:comment|reply)|(?:copyright|©).*|"
    r"all\s+rights\s+reserved.*|inicio|contacto|quiénes\s+somos|donar|suscríbete|"
    # "Load more", "Carregar mais": a button under a list, not the list.
    # ("Mostrar mais assinaturas ▾": with what there is more of, and an arrow.)
    r"(?:(?:load|show|see|view)\s+more|(?:carregar|ver|mostrar)\s+mais|(?:cargar|ver|mostrar)\s+más|"
    r"(?:charger|voir|afficher)\s+plus|mehr\s+(?:laden|anzeigen)|(?:carica|mostra)\s+altr[io]|"
    r"(?:загрузить|показать)\s+ещё|(?:завантажити|показати)\s+ще|daha\s+fazla\s+(?:yükle|göster)|"
    r"(?:φόρτωση|δείτε)\s+περισσότερ\w+|تحميل\s+المزيد|عرض\s+المزيد)(?:\s+\w+)?\s*[▾▼⌄↓]?|"
    # "Voir les 136 autres signatures", "See all 412 signatures": a link to the rest.
    r"(?:(?:see|view|show)(?:\s+all)?(?:\s+the)?|voir(?:\s+les)?|ver(?:\s+(?:las|los|as|os))?|"
    r"alle|vedi(?:\s+(?:le|gli|tutte))?|mostra(?:\s+(?:le|tutte))?|показать(?:\s+(?:все|ещё|еще))?|"
    r"показати(?:\s+(?:всі|ще))?|δείτε(?:\s+(?:τις|όλες))?)\s+(?:(?:other|more|otras|outras|"
    r"altre|altri|autres|weitere)\s+)?\d[\d.,\s]*\s+(?:(?:other|more|otras|outras|autres|"
    r"weitere|altre|altri)\s+)?\w+(?:\s+(?:más|mais|anzeigen))?|"
    # "☐ Afficher mon nom publiquement": a sign-up form's checkbox.
    r"[☐☑☒]\s*\S.*|"
    # "Sign the manifesto", "Assine o manifesto": a call to sign, a few words long.
    # ("Unterzeichnende Organisationen", a participle, heads a list instead.)
    # ("Jetzt unterschreiben", "Firma ahora": now.)
    r"(?:(?:jetzt|now|ahora|agora|maintenant|ora|сейчас|зараз|şimdi|τώρα|지금)\s+)?"
    r"(?:sign|assine|assina|firma|firme|firmate|signez|signe|unterschreibe[nt]?\b|unterzeichne[nt]?\b|"
    r"aderisci|aderite|adhiere|adhiera|adhérez|adhérer|adira|junte-se|join\s+us|"
    # "Signer cette pétition": the infinitive with its object ("Signer organisations" heads).
    r"signer\s+(?:cette|ce|la|le|l['’])|firmar\s+(?:esta|este|la|el)|"
    r"assinar\s+(?:esta|este|o|a)|firmare\s+(?:questa|questo|la|il|l['’])|"
    r"присоединиться\s+к|приєднатися\s+до|join\s+(?:the|this)\s+(?:statement|letter|appeal)|"
    r"подпишите|подпиши|підпишіть|підпиши|imzala\w*|υπογράψτε|서명하기|서명하세요|وقّع|وقع)"
    # ("Unterzeichnet haben bisher:" heads the list: a colon ends no call.)
    r"(?:\s+\S+){0,3}(?<!:)\s*[!→»]?|"
    r"início|contato|sobre\s+nós|doe|accueil|faire\s+un\s+don|startseite|kontakt|"
    r"impressum|datenschutz|spenden|contatti|chi\s+siamo|dona|главная|контакты|о\s+нас|"
    r"головна|контакти|про\s+нас|anasayfa|iletişim|hakkımızda|bağış|αρχική|επικοινωνία|"
    r"홈|연락처|후원|الرئيسية|اتصل\s+بنا|تبرع|"
    # "Aggiornamenti (2)", "Atualizações": a petition's news, counted or not, over its notes.
    r"(?:updates|aggiornamenti|actualizaciones|atualizações|mises\s+à\s+jour|neuigkeiten|"
    r"обновления|оновлення|güncellemeler|ενημερώσεις|업데이트|تحديثات)(?:\s*\(\d+\))?|"
    # Legal notices and accessibility statements, in a footer's links.
    r"legal\s+notice|aviso\s+legal|nota\s+legal|mentions\s+légales|rechtliche\s+hinweise|"
    r"note\s+legali|правовая\s+информация|правова\s+інформація|yasal\s+uyarı|"
    r"νομική\s+σημείωση|법적\s*고지|إشعار\s+قانوني|accessibility|accesibilidad|"
    r"acessibilidade|accessibilité|barrierefreiheit|accessibilità|доступность|доступність|"
    r"erişilebilirlik|προσβασιμότητα|접근성|إمكانية\s+الوصول|"
    # Chinese and Japanese pages' own: back to the top, privacy, site map, share.
    r"[▲↑]?\s*(?:この)?ページ(?:の先頭|のトップ|トップ)へ(?:戻る)?\s*[▲↑]?|トップへ戻る|"
    r"(?:回到|返回)[顶頂][端部]|プライバシーポリシー|サイトマップ|隱私權?政策|隐私权?政策|"
    r"網站地圖|网站地图|(?:この(?:記事|ページ)を)?シェア(?:する)?(?:\s+\S+){0,6}|"
    r"分享(?:此文|本文|這篇文章|这篇文章)?(?:\s+\S+){0,6}|"
    # A printed newsletter's imprint: "Impressum: publisher, editor".
    r"(?:impressum|imprint|colophon|pie\s+de\s+imprenta|expediente|ours|gerenza|"
    r"выходные\s+данные|вихідні\s+дані|künye|ταυτότητα|발행정보|بيانات\s+النشر)\s*:.*)"
    r"[.!]?$",
    re.IGNORECASE,
)
# "This article in Spanish", "Este artículo en Español": links to other languages.
TRANSLATION_LINE = re.compile(
    r"^(?:(?:this|the)\s+(?:article|statement|text|declaration|appeal)\s+in|read\s+(?:it\s+)?in|"
    r"(?:este|el)\s+(?:artículo|texto|comunicado)\s+en|(?:leer|léelo)\s+en|"
    r"(?:este|o)\s+(?:artigo|texto)\s+em|(?:leia|ler)\s+em|"
    r"(?:cet|l')\s*(?:article|texte)\s+en|lire\s+en|"
    r"(?:dieser|diesen)\s+(?:artikel|text)\s+(?:auf|in)|auf\s+\w+\s+lesen|"
    r"(?:questo|l')\s*(?:articolo|testo)\s+in|leggi\s+in|"
    r"(?:эта|этот)\s+(?:статья|текст)\s+на|читать\s+на|(?:ця|цей)\s+(?:стаття|текст)\s+"
    r"(?:на|українською)|читати|"
    r"bu\s+(?:makale|metin)|"
    r"(?:αυτό\s+το\s+)?(?:άρθρο|κείμενο)\s+στα|"
    r"(?:이\s+)?(?:기사|글|성명)|"
    r"(?:هذا\s+)?(?:المقال|النص)\s+ب)"
    r"\s*(?P<label>.*)$",
    re.IGNORECASE,
)
# "Yours sincerely,", "Atentamente,": a letter's closing, over the names that sign it.
CLOSING = re.compile(
    r"^(?:yours\s+(?:sincerely|faithfully|truly)|sincerely|in\s+solidarity|with\s+solidarity|"
    r"(?:(?:best|kind|warm)\s+)?regards|"
    r"atentamente|cordialmente|saludos\s+solidarios|en\s+solidaridad|"
    r"com\s+os\s+melhores\s+cumprimentos|saudações\s+solidárias|"
    r"cordialement|salutations\s+(?:solidaires|fraternelles)|"
    r"mit\s+(?:freundlichen|solidarischen|kollegialen)\s+grüßen|solidarische\s+grüße|"
    r"cordiali\s+saluti|distinti\s+saluti|in\s+solidarietà|"
    r"с\s+уважением|в\s+солидарности|з\s+повагою|у\s+солідарності|saygılarımızla|"
    r"dayanışmayla|με\s+εκτίμηση|με\s+αλληλεγγύη|연대의\s+인사를\s+담아|"
    r"مع\s+(?:التحية|التضامن)|"
    # Welsh, Dutch, Swedish, Polish, Catalan, Indonesian letters' closings.
    r"yn\s+gywir(?:\s+iawn)?|mewn\s+undod|met\s+vriendelijke\s+groet(?:en)?|"
    r"in\s+solidariteit|med\s+vänliga\s+hälsningar|i\s+solidaritet|z\s+poważaniem|"
    r"w\s+solidarności|solidarnie|z\s+pozdrowieniami|atentament|en\s+solidaritat|"
    r"hormat\s+kami|salam\s+solidaritas)"
    r"\s*[,.:]?$",
    re.IGNORECASE,
)
# "To: the Minister", "cc:", "Dear colleagues,": the letter's addressee and greeting.
GREETING = (
    # "Madame la Ministre de la Famille,": a greeting by the addressee's title.
    r"(?:madame|monsieur|mesdames|messieurs|señora|señor|señoras|señores|senhora|senhor|"
    r"signora|signor|signore|sayın|κυρία|κύριε|"
    # "Care e cari,": Italian's "dear", a given name too ("Cara Jones"), so with its comma.
    r"care|cari|carissim[eia]|"
    # "Cześć wszystkim,", "Hola a todas,", "Hi all,": an e-mail's greeting to a list.
    r"cześć|hej|witajcie|hola|hi|hello|olá|salut|hallo|ciao)\b.{0,80},$|"
    r"(?:dear|estimad[oa]s?|querid[oa]s?|prezad[oa]s?|caros?|caras?|cher|chère|chers|"
    r"sehr\s+geehrte|liebe|gentile|egregio|uważ|szanown\w*|уважаем\w*|шановн\w*|sayın|αγαπητ\w*|"
    r"친애하는|عزيز\w*)\b"
)
GREETING_LINE = re.compile(rf"^(?:{GREETING})", re.IGNORECASE)
LETTER_FURNITURE = re.compile(
    rf"^(?:(?:to|an|para|à|a|al|alla|kime|προς|кому|до|do|إلى|수신|cc|c\.c\.)\s*:|{GREETING})",
    re.IGNORECASE,
)
# "From: DCLF <…>", "Von: …", "De : …": the header of a message, here one forwarded below
# another.
MESSAGE_FROM = re.compile(
    r"^(?:from|von|de|da|od|от|від|kimden|από|보낸\s*사람|من)\s*:\s*\S", re.IGNORECASE
)
# "Do wiadomości:", "Copie à :", "Zur Kenntnis:": the letter's copies go to the names
# below, who are told of it and sign nothing.
COPY_TO = re.compile(
    r"^(?:cc|c\.c\.|copy\s+to|copies\s+to|copia\s+(?:a|para)|con\s+copia\s+a|copie\s+à|"
    r"copies\s+à|zur\s+kenntnis(?:nahme)?|in\s+kopie\s+an|per\s+conoscenza|p\.\s?c\.|"
    r"para\s+conhecimento|к\s+сведению|копия|до\s+відома|копія|bilgi(?:ye|\s+için)?|"
    r"κοιν(?:οποίηση)?\.?|참조|نسخة\s+(?:إلى|ل)|do\s+wiadomości|kopia\s+do|för\s+kännedom|"
    r"per\s+a\s+coneixement)\s*:?\s*$",
    re.IGNORECASE,
)
# Headings above a list of demands: "Our demands", "Exigimos:", "Forderungen".
DEMANDS_HEADING = re.compile(
    # "Anhang: Forderungen der Streikenden (Auszug)": an annex's, and whose they are.
    r"^(?:(?:annex|appendix|anhang|annexe|anexo|allegato|приложение|додаток|ek)\s*\d*\s*:\s*)?"
    r"(?:our\s+|the\s+|main\s+|key\s+)?(?:demands?|we\s+demand|proposals?|"
    r"(?:nuestras\s+)?(?:reivindicaciones|demandas|exigencias)|exigimos|"
    r"(?:nossas\s+)?(?:reivindicações|exigências)|exigimos|reivindiquemos|"
    r"(?:nos\s+)?(?:revendications|exigences)|nous\s+exigeons|"
    r"(?:unsere\s+)?forderungen|wir\s+fordern|(?:le\s+nostre\s+)?rivendicazioni|"
    r"chiediamo|(?:наши\s+)?требования|мы\s+требуем|(?:наші\s+)?вимоги|ми\s+вимагаємо|"
    r"(?:taleplerimiz|talepler)|(?:τα\s+)?αιτήματα|(?:우리의\s+)?요구(?:사항)?|مطالبنا|المطالب)"
    r"(?:\s+(?:of|der|des|de|del|dei|degli|delle|das|dos|das)(?:\s+(?:the|la|les|los|las))?"
    r"\s+\w+)?(?:\s*\([^()]{1,30}\))?\s*:?$",
    re.IGNORECASE,
)
# A paragraph that leads into the demands listed below it: "…we demand the following:".
DEMANDS_LEAD = re.compile(
    r"(?:we\s+demand|demand\s+the\s+following|exigimos|exigimos\s+lo\s+siguiente|"
    r"reivindicamos|nous\s+exigeons|nous\s+revendiquons|wir\s+fordern|fordern\s+wir|"
    r"chiediamo|pretendiamo|мы\s+требуем|требуем\s+следующего|ми\s+вимагаємо|"
    r"talep\s+ediyoruz|απαιτούμε|다음을\s*요구한다|다음을\s*요구합니다|نطالب\s+بما\s+يلي)"
    r"[^.:!?]{0,40}[:.]$",
    re.IGNORECASE,
)
# "… exigimos lo siguiente.": a lead that ends on a full stop still points to what
# follows; "… exigimos el pago de los salarios." is a demand of its own.
FOLLOWING = re.compile(
    r"\b(?:following|siguientes?|seguintes?|suivante?s?|folgende\w*|seguent[ei]|следующ\w*|"
    r"наступн\w*|şunlar\w*|εξής)\b|다음|يلي",
    re.IGNORECASE,
)
# Headings above footnotes.
NOTES_HEADING = re.compile(
    r"^(?:notes?|footnotes?|references?|sources?|notas?|referencias|referências|fontes|"
    r"fuentes|références|anmerkungen|fußnoten|quellen|einzelnachweise|riferimenti|"
    r"примечания|ссылки|источники|примітки|джерела|notlar|kaynaklar|dipnotlar|"
    r"σημειώσεις|παραπομπές|주|각주|참고\s*문헌|ملاحظات|هوامش|مراجع|المصادر)\s*:?$",
    re.IGNORECASE,
)
# "Statement by X", "Declaración de X", "X Statement": the issuing body.
ISSUER_PATTERNS = (
    re.compile(
        r"^\(?(?:joint\s+)?(?:statement|declaration|communiqué|appeal|resolution|letter)"
        r"\s+(?:by|of|from)\s+(?:the\s+)?(?P<name>.+)$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^\(?(?:declaración|comunicado|declaração|déclaration|communiqué|erklärung|"
        r"stellungnahme|dichiarazione|comunicato|заявление|заява|açıklama|ανακοίνωση|"
        r"δήλωση)\s+(?:conjunta\s+|commune\s+|congiunta\s+|gemeinsame\s+)?"
        r"(?:de\s+la|del|de|da|do|des|du|de\s+l'|der|des|di|della|dell'|del)\s+(?P<name>.+)$",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?:esta\s+declaración\s+es|this\s+statement\s+is|cette\s+déclaration\s+est|"
        r"esta\s+declaração\s+é)\s+(?:de|from|by)\s+(?:la\s+|el\s+|the\s+|a\s+|o\s+)?"
        r"(?P<name>.+)$",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?:difundida|publicada|emitida|issued|published|released|diffusée|publiée|"
        r"herausgegeben|veröffentlicht|pubblicata|divulgada)\s+(?:por|by|par|von|da)\s+"
        r"(?:la\s+|el\s+|the\s+|a\s+|o\s+)?(?P<name>.+)$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?P<name>.+?)\s+(?:statement|declaration|communiqué|erklärung|declaración|"
        r"comunicado|declaração|déclaration|заявление|заява|açıklaması|ανακοίνωση|성명|بيان)"
        r"\s*:?$",
        re.IGNORECASE,
    ),
)
# "titled ‘X’", "‘X’, title of the letter": a title quoted in running text.
QUOTED_TITLE = re.compile(
    r"(?:titled|entitled|intitulada|intitulado|titulada|titulado|intitulé|intitulée|"
    r"mit\s+dem\s+titel|intitolata|intitolato|под\s+названием|під\s+назвою|başlıklı|"
    r"με\s+τίτλο)\s*[‘“\"«„](?P<a>[^’”\"»“]{3,160})[’”\"»“]"
    r"|[‘“\"«„](?P<b>[^’”\"»“]{3,160})[’”\"»“],?\s*(?:(?:is\s+)?(?:the\s+)?title|título|titre|"
    r"titel|titolo|название|назва|başlık|τίτλος)",
    re.IGNORECASE,
)

# Frequent short words that tell the languages apart in running text.
STOPWORDS = {
    "en": words("the and of to is that for are with this we our"),
    "es": words("el la los las de que y en por para con una es del"),
    "pt": words("o os as de que e em por para com uma é do da não"),
    "fr": words("le la les de des et en que pour une est du dans nous"),
    "de": words("der die das und ist nicht mit von den zu ein eine wir"),
    "it": words("il la di che e per con una è del della gli sono"),
    "tr": words("ve bir bu için ile da de olarak çok olan"),
    "pl": words("i w na z że się nie jest oraz dla przez od jak są"),
}

# What a site lists beside the statement: "More letters", "Recent statements".
PAGE_NOUNS = (
    r"(?:letters|articles|posts|news|stories|"
    r"statements|appeals|campaigns|campañas|campanhas|campagnes|kampagnen|campagne|"
    r"cartas|artículos|noticias|declaraciones|comunicados|artigos|"
    r"notícias|declarações|lettres|actualités|déclarations|briefe|artikel|beiträge|"
    r"nachrichten|erklärungen|lettere|articoli|notizie|dichiarazioni|appelli|письма|статьи|"
    r"новости|заявления|листи|статті|новини|заяви|haber(?:ler)?|yazı(?:lar)?|mektup(?:lar)?|"
    r"açıklama(?:lar)?|επιστολές|άρθρα|ειδήσεις|ανακοινώσεις|رسائل|مقالات|أخبار|بيانات)"
)
# "Comments (12)", "Yorumlar", "댓글 3": readers' comments under the page follow; a
# petition's recent signers ("Lucía G. signed 1 minute ago") and a repository's licence
# and contributors too. (A single "Comment" is a shared document's comment box, beside
# the text.)
# "Recent signatures", "Assinaturas recentes": a petition's latest signers, a ticker of
# the site's ("Amira K. signed 3 minutes ago") or the only list the page gives.
RECENT_SIGNERS = (
    r"(?:recent|latest)\s+(?:signatures|signers|supporters)|(?:firmas\s+recientes|últimas\s+firmas)|"
    r"(?:assinaturas\s+recentes|últimas\s+assinaturas)|(?:signatures\s+récentes|"
    r"dernières\s+signatures)|(?:neueste|letzte)\s+unterschriften|(?:firme\s+recenti|ultime\s+firme)|"
    r"последние\s+подписи|останні\s+підписи|son\s+imza(?:layanlar|lar)|πρόσφατες\s+υπογραφές|"
    r"최근\s*서명|أحدث\s+التوقيعات"
)
RECENT_SIGNERS_HEADING = re.compile(rf"^(?:{RECENT_SIGNERS})\s*:?$", re.IGNORECASE)
# "Ana R. signed 3 minutes ago", "Jake M., Ohio — 3 minutes ago": a ticker's line says
# who signed and when; a petition's own list says when on a line of its own, under each
# name, with the town ("İstanbul, Türkiye · 14 dakika önce": PLACE_AND_WHEN).
TICKER_LINE = re.compile(
    r"\b(?:ago|hace|há|il\s+y\s+a|vor|fa|назад|тому|önce|signed|firmó|assinou|a\s+signé|"
    r"unterschrieb|ha\s+firmato|подписал\w*|підписа\w*|imzaladı|υπέγραψε)\b|전$|منذ",
    re.IGNORECASE,
)
# "Solikundgebung: Samstag, 14 Uhr, vor dem Lager Seestraße!": an event announced under the
# list, its label and an exclamation.
ANNOUNCEMENT = re.compile(r"^[^:]{2,40}:\s.*!$")
# "By signing you accept the Terms of Use and the Privacy Policy": a sign-up form's
# consent, naming the site's two legal pages (a statement names one at most).
TERMS_OF_USE = re.compile(
    r"terms\s+of\s+(?:use|service)|términos\s+(?:y\s+condiciones|de\s+uso|de\s+servicio)|"
    r"termos\s+(?:de\s+uso|de\s+serviço)|conditions\s+(?:générales\s+)?d['’]utilisation|"
    r"nutzungsbedingungen|termini\s+(?:di\s+servizio|d['’]uso)|condizioni\s+d['’]uso|"
    r"пользовательск\w+\s+соглашени\w+|умов\w*\s+використання|kullanım\s+koşulları|"
    r"όρους\s+χρήσης|όροι\s+χρήσης|이용\s*약관|شروط\s+الاستخدام",
    re.IGNORECASE,
)
PRIVACY_POLICY = re.compile(
    r"privacy\s+(?:policy|notice)|política\s+de\s+privacidad(?:e)?|"
    r"politique\s+de\s+confidentialité|datenschutz\w*|informativa\s+(?:sulla\s+)?privacy|"
    r"политик\w+\s+конфиденциальности|політик\w+\s+конфіденційності|gizlilik\s+politika|"
    r"πολιτική\s+απορρήτου|개인정보\s*(?:처리|보호)\s*방침|سياسة\s+الخصوصية",
    re.IGNORECASE,
)
# "İstanbul, Türkiye · 14 dakika önce", "Porto, Portugal · há 2 horas": where a petition's
# signer is, then when they signed, on the line under their name.
SIGNED_WHEN = (
    r"(?:\d+\s+\w+\s+(?:ago|önce|назад|тому|fa|πριν)|"
    r"(?:hace|há|il\s+y\s+a|vor|πριν\s+από|منذ)\s+\d+\s+\w+|\d+\s*(?:분|시간|일)\s*전)"
)
PLACE_THEN_WHEN = rf"(?P<place>[^·•|]{{2,80}}?)\s*[·•|]\s*{SIGNED_WHEN}\s*$"
PLACE_AND_WHEN = re.compile(rf"^{PLACE_THEN_WHEN}", re.IGNORECASE)
# "Amandine Roux · Villeurbanne, France · il y a 2 heures": the same on the name's line.
WHEN_CELL = re.compile(rf"^{SIGNED_WHEN}$", re.IGNORECASE)
NAME_PLACE_AND_WHEN = re.compile(rf"^[^·•|]{{2,60}}[·•|]\s*{PLACE_THEN_WHEN}", re.IGNORECASE)
# "Babam da 30 yıl dökümhanede çalıştı.": a signer's comment, a whole line in quotes.
QUOTED_LINE = re.compile(r"^\s*[«\"“„‘][^«»\"“”„]{3,}[»\"”“’]\s*[.!]?\s*$")
FEED_HEADING = re.compile(
    # "💬 37 комментариев": a messenger's count of comments, its word in the genitive.
    r"^(?:💬\s*)?(?:\d+\s+)?(?:(?:featured|top)\s+)?(?:comments|responses|replies|"
    r"comentarios(?:\s+destacados)?|comentários(?:\s+em\s+destaque)?|commentaires|"
    r"kommentare|commenti|комментари(?:и|ев|я)|коментар(?:і|ів)|yorumlar|σχόλια|댓글|التعليقات|تعليقات|"
    r"коментари|komentari|komentarze|komentáře|komentáre|comentarii|hozzászólások|reacties|"
    r"kommentarer|kommentit|komentar|bình\s+luận|نظرات|"
    + RECENT_SIGNERS
    + r"|(?:recent|latest)\s+comments|comentarios\s+recientes|comentários\s+recentes|"
    r"commentaires\s+récents|neueste\s+kommentare|commenti\s+recenti|"
    r"последние\s+комментарии|останні\s+коментарі|son\s+yorumlar|πρόσφατα\s+σχόλια|"
    r"최근\s*댓글|أحدث\s+التعليقات|"
    # Signers' reasons under a petition: "Why people sign", "Perché firmano".
    r"why\s+(?:people|they|we)\s+(?:are\s+)?sign(?:ed|ing)?|perché\s+firmano|"
    r"por\s+qu[eé]\s+firman|por\s+que\s+assinam|pourquoi\s+ils\s+signent|"
    r"warum\s+sie\s+unterschreiben|почему\s+подписывают|чому\s+підписують|"
    r"neden\s+imzalıyorlar|γιατί\s+υπογράφουν|서명\s*이유|لماذا\s+يوقعون|"
    # A repository's licence and contributors, under its README.
    r"licen[sc]e|licencia|licença|lizenz|licenza|лицензия|ліцензія|lisans|άδεια\s+χρήσης|"
    r"라이선스|الترخيص|contributors|colaboradores|contributeurs|mitwirkende|contributori|"
    r"участники|учасники|katkıda\s+bulunanlar|συνεισφέροντες|기여자|المساهمون)"
    # "Comments (12)", "Комментарии: 23", "Comentários (Facebook)": a count or the
    # service's name after it.
    r"(?:\s*:?\s*\(?\d+\)?|\s*\([^()\d]{2,20}\))?\s*:?$",
    re.IGNORECASE,
)
# "3 thoughts on “Open letter: …”", "2 commentaires sur « … »": a blog's comment thread,
# headed by its count and the post's title.
THREAD_HEADING = re.compile(
    r"^(?:\d+|one|un[ae]?|um|uma|ein(?:en)?|uno)\s+(?:thoughts?|responses?|repl(?:y|ies)|"
    r"comments?|comentarios?|respuestas?|comentários?|respostas?|commentaires?|réponses?|"
    r"kommentare?|antworten|commenti|commento|risposte|комментари\w*|ответ\w*|"
    r"коментар\w*|відповід\w*|yorum\w*|σχόλι\w*|απαντήσ\w*)\s+"
    r"(?:on|to|en|a|em|para|sur|à|zu|auf|su|a|к|на|до|για|στο)\s+\S.*$",
    re.IGNORECASE,
)
# Under a social-media post, the bar of its counts ("👍 214  37 commenti  58 condivisioni")
# or of its buttons ("Mi piace  Commenta  Condividi"): what follows is the readers' thread.
POST_COUNTS = re.compile(
    r"\d[\d.,]*\s*[KkMm]?\s+(?:comments?|commenti|comentarios?|comentários?|commentaires?|"
    r"kommentare?|комментари\w*|коментар\w*|yorum\w*|σχόλι\w*|댓글|تعليق\w*|komentarz\w*|"
    r"kommentarer|reacties|komentar\w*|टिप्पणि\w*)\b.*\b\d[\d.,]*\s*"
    r"[KkMm]?\s+(?:shares?|reposts?|condivisioni|compartid\w+|compartilhament\w+|partages?|"
    r"geteilt|репост\w*|поширен\w*|paylaşım\w*|κοινοποιήσεις|공유|مشارك\w*|udostępnie\w*|"
    r"delningar|keer\s+gedeeld|dibagikan|शेयर)",
    re.IGNORECASE,
)
# "💬 37 комментариев": a messenger's post counts its comments, which follow to the end.
COMMENTS_COUNT = re.compile(r"^💬\s*\d[\d.,]*\s*[KkMm]?\s+\w+$")
# "Replying to @account": a reply under the post, to the end of the thread.
REPLYING_TO = re.compile(
    r"^(?:replying\s+to|en\s+respuesta\s+a|en\s+réponse\s+à|antwort\s+an|in\s+risposta\s+a|"
    r"em\s+resposta\s+a|в\s+ответ|у\s+відповідь|yanıt\s+olarak|απάντηση\s+σε|답글\s+대상|"
    r"ردًا\s+على|رداً\s+على)\s+@",
    re.IGNORECASE,
)
POST_BUTTONS = re.compile(
    r"^(?:(?:like|comment|share|repost|send|reply|mi\s+piace|commenta|condividi|rispondi|"
    r"me\s+gusta|comentar|compartir|responder|curtir|compartilhar|j['’]aime|commenter|"
    r"partager|répondre|gefällt\s+mir|kommentieren|teilen|antworten|нравится|"
    r"комментировать|поделиться|ответить|подобається|коментувати|поділитися|відповісти|"
    r"beğen|yorum\s+yap|paylaş|yanıtla|μου\s+αρέσει|σχόλιο|κοινοποίηση|απάντηση|좋아요|"
    r"댓글\s*달기|공유하기|답글|أعجبني|تعليق|مشاركة|رد|lubię\s+to!?|komentarz|udostępnij|"
    r"odpowiedz|gilla|kommentera|dela|svara|vind\s+ik\s+leuk|reageren|delen|suka|"
    r"komentari|bagikan|balas)\s*){3,5}$",
    re.IGNORECASE,
)
RELATED_HEADING = re.compile(
    # "■関連記事": a square or a triangle may stand before it.
    r"^[■□◆◇●▼▶►]?\s*(?:related(?:\s+(?:articles|posts|news|stories|content|statements|"
    r"campaigns|links))?|read\s+(?:also|more)|see\s+also|dans\s+la\s+même\s+rubrique|"
    r"le[eé]\s+también|"
    r"more\s+(?:news|stories|from\s+.*)|you\s+(?:may|might)\s+also\s+like|"
    r"you\s+(?:may|might)\s+also\s+be\s+interested(?:\s+in)?|"
    # A social site's sidebar: "Relevant people", "Who to follow".
    r"relevant\s+people|who\s+to\s+follow|personas\s+relevantes|pessoas\s+relevantes|"
    r"personnes\s+pertinentes|relevante\s+personen|persone\s+pertinenti|"
    r"(?:das\s+)?könnte\s+(?:sie|dich)\s+auch\s+interessieren|"
    r"(?:también\s+)?te\s+puede\s+interesar|vous\s+aimerez\s+aussi|"
    r"potrebbe\s+interessarti(?:\s+anche)?|você\s+também\s+pode\s+gostar|"
    r"le[ea]\s+también|noticias\s+relacionadas|artículos\s+relacionados|"
    r"leia\s+também|veja\s+também|notícias\s+relacionadas|(?:à\s+)?lire\s+aussi|"
    r"voir\s+aussi|articles\s+liés|sur\s+le\s+même\s+sujet|lesen\s+sie\s+auch|"
    r"mehr\s+zum\s+thema|weitere\s+artikel|leggi\s+anche|articoli\s+correlati|"
    r"читайте\s+также|похожие\s+статьи|читайте\s+також|схожі\s+статті|ilgili\s+haberler|"
    r"διαβάστε\s+επίσης|σχετικά\s+άρθρα|관련\s*기사|함께\s+볼\s+기사|اقرأ\s+أيضا\u064b?|"
    r"zobacz\s+(?:także|też|również)|czytaj\s+(?:także|też|również)|"
    r"مقالات\s+ذات\s+صلة|関連(?:記事|ページ|リンク)|相[關关](?:文章|新聞|新闻|報導|报道)|"
    r"延伸[閱阅][讀读]|最新(?:記事|の記事|消息|文章)|おすすめ記事(?:\s+PR)?|"
    # "Related", "Relacionados", "Ähnliche Beiträge", "Похожие материалы": the word for
    # related, alone or with the one word it qualifies.
    r"(?:relacionad[oa]s|correlat[ie]|ähnliche|похожие|схожі|benzer|ilgili|σχετικά|관련|"
    r"ذات\s+صلة)(?:\s+\S+)?|"
    r"\S+\s+(?:relacionad[oa]s|correlat[ie]|liés|similaires|ذات\s+صلة)|"
    # "More letters", "Más artículos", "Weitere Briefe", "Другие заявления".
    r"(?:more|más|mais|plus\s+d[e']|autres|weitere|altr[ie]|другие|інші|daha\s+fazla|"
    r"περισσότερ\w*|άλλ\w*|المزيد\s+من)\s+" + PAGE_NOUNS + "|"
    # "Recent statements", "Ultimi articoli", "Latest news".
    r"(?:latest|recent|ultim[ie]|últim[oa]s|derni(?:ers|ères)|neueste|aktuelle|последние|"
    r"свежие|останні|son|τελευταία|πρόσφατα)\s+" + PAGE_NOUNS + "|"
    r"더\s*보기|(?:다른|더\s*많은)\s*(?:기사|글|성명\S*)|"
    # Latest and neighbouring posts: "Latest news", "Previous article", "Últimas noticias".
    r"(?:latest|recent|popular|previous|next)(?:\s+(?:posts?|news|articles?|stories|story|"
    r"entry|entries))?|most\s+popular|"
    r"últimas\s+(?:noticias|entradas|notícias|publicaciones|publicações)|"
    r"(?:artículos|artigos|entradas)\s+recientes|(?:artigos|posts)\s+recentes|"
    r"(?:entrada|artículo|artigo|post)\s+(?:anterior|siguiente|seguinte)|"
    r"derni(?:ers|ères)\s+(?:articles|actualités|publications)|"
    r"article\s+(?:précédent|suivant)|(?:neueste|aktuelle)\s+(?:beiträge|artikel|nachrichten)|"
    r"(?:vorheriger|nächster)\s+(?:beitrag|artikel)|ultime\s+notizie|articoli\s+recenti|"
    r"articolo\s+(?:precedente|successivo)|последние\s+новости|свежие\s+записи|"
    r"(?:предыдущая|следующая)\s+(?:запись|статья)|останні\s+новини|"
    r"(?:попередня|наступна)\s+(?:стаття|публікація)|son\s+(?:haberler|yazılar)|"
    r"τελευταία\s+νέα|πρόσφατα\s+άρθρα|최신\s*기사|최근\s*글|이전\s*글|다음\s*글|"
    r"آخر\s+الأخبار|أحدث\s+المقالات|"
    # A comment form or a sign-up form, with its field labels under it.
    r"leave\s+a\s+(?:reply|comment)|deja\s+(?:un|una)\s+(?:comentario|respuesta)|"
    r"deixe\s+(?:um|uma)\s+(?:comentário|resposta)|laisser\s+un\s+commentaire|"
    r"lascia\s+un\s+commento|hinterlasse\s+einen\s+kommentar|"
    r"оставить\s+комментарий|залишити\s+коментар|bir\s+yanıt\s+yazın|yorum\s+yap|"
    r"αφήστε\s+ένα\s+σχόλιο|댓글\s*남기기|اترك\s+تعليقا|"
    r"sign\s+(?:the|this|our)\s+(?:letter|statement|petition|appeal|declaration)|"
    r"firma\s+(?:la\s+carta|el\s+manifiesto|l'appello|la\s+lettera)|assine\s+a\s+carta|"
    r"signez\s+(?:la\s+lettre|l'appel)|unterschreiben\s+sie(?:\s+\S+){0,2}|"
    r"подпишите(?:\s+\S+)?|підпишіть(?:\s+\S+)?|υπογράψτε(?:\s+\S+)?|서명하기)\s*:?$",
    re.IGNORECASE,
)
# "Why I signed: «Because …»", "Pourquoi je signe : « … »": a signer's own words under
# their name, a short label and a quotation to the end of the line.
REASON_LINE = re.compile(r"^[^:«»\"“”„]{2,40}:\s*[«\"“„‘].*[»\"”“’]\s*[.!]?$")
# "Για επικοινωνία με τον Τύπο:", "للتواصل الإعلامي:", "Basın iletişim:": a contact word
# in the few words of a label before its colon.
CONTACT_WORD = re.compile(
    r"επικοινωνί|تواصل|iletişim|연락|kontakt|contact|contacto|contato|contatto|контакт",
    re.IGNORECASE,
)
# "Clima Justo © Todos os direitos reservados": the site's copyright, after its name.
RIGHTS_RESERVED = re.compile(
    r"all\s+rights\s+reserved|todos\s+los\s+derechos\s+reservados|"
    r"todos\s+os\s+direitos\s+reservados|tous\s+droits\s+réservés|"
    r"alle\s+rechte\s+vorbehalten|tutti\s+i\s+diritti\s+riservati|все\s+права\s+защищены|"
    r"усі\s+права\s+захищені|tüm\s+hakları\s+saklıdır|επιφύλαξη\s+παντός\s+δικαιώματος|"
    r"모든\s+권리\s+보유|جميع\s+الحقوق\s+محفوظة",
    re.IGNORECASE,
)
# "Full list of signatures (PDF, 214 KB)": a link to a file, with its kind and size.
FILE_LINK = re.compile(
    r"\(\s*(?:pdf|docx?|odt|xlsx?|csv|zip)\s*[,·|–-]?\s*[\d.,]+\s*[kKmM]i?[bBoO]\s*\)\s*$|"
    # "성명서.hwp (48KB)": an attachment's file name and its size.
    r"\.(?:pdf|docx?|hwpx?|odt|ods|xlsx?|csv|zip|pptx?|jpe?g|png)\s*\(\s*[\d.,]+\s*[kKmM]i?[bBoO]\s*\)\s*$",
    re.IGNORECASE,
)
