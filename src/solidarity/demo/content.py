"""The demonstration content. All of it is fictional and written for this project:
any resemblance to real organisations or people is unintended."""

from typing import Any

# key, name, alt names, acronym, kind, countries, parent key.
# The demo user owns the organisations marked with owned=True.
ORGANIZATIONS: list[dict[str, Any]] = [
    {
        "key": "meridian",
        "name": "Meridian Workers' International",
        "alt_names": ["Internacional Meridiana de los Trabajadores", "Internationale Méridienne"],
        "acronym": "MWI",
        "kind": "international",
        "countries": ["BE"],
        "website": "https://meridian.example.org",
        "owned": True,
    },
    {
        "key": "meridian-ar",
        "name": "Sección Argentina de la Internacional Meridiana",
        "alt_names": ["Meridian International – Argentine Section"],
        "kind": "section",
        "countries": ["AR"],
        "parent": "meridian",
        "owned": True,
    },
    {
        "key": "meridian-br",
        "name": "Secção Brasileira da Internacional Meridiana",
        "alt_names": ["Meridian International – Brazilian Section"],
        "kind": "section",
        "countries": ["BR"],
        "parent": "meridian",
    },
    {
        "key": "meridian-fr",
        "name": "Section française de l'Internationale Méridienne",
        "alt_names": ["Meridian International – French Section"],
        "kind": "section",
        "countries": ["FR"],
        "parent": "meridian",
    },
    {
        "key": "meridian-kr",
        "name": "메리디안 인터내셔널 한국지부",
        "alt_names": ["Meridian International – Korean Section"],
        "kind": "section",
        "countries": ["KR"],
        "parent": "meridian",
    },
    {
        "key": "meridian-gr",
        "name": "Ελληνικό Τμήμα της Μεσημβρινής Διεθνούς",
        "alt_names": ["Meridian International – Greek Section"],
        "kind": "section",
        "countries": ["GR"],
        "parent": "meridian",
    },
    {
        "key": "hanbit",
        "name": "한빛공공서비스노동조합",
        "alt_names": ["Hanbit Public Service Workers' Union"],
        "acronym": "HPSWU",
        "kind": "union",
        "countries": ["KR"],
    },
    {
        "key": "ufuq",
        "name": "جمعية الأفق للحقوق المدنية",
        "alt_names": ["Al-Ufuq Association for Civil Rights", "Association Al-Ufuq"],
        "kind": "ngo",
        "countries": ["LB", "JO"],
    },
    {
        "key": "zora",
        "name": "Партия „Зора“ – Лява алтернатива",
        "alt_names": ["Zora – Left Alternative Party"],
        "kind": "party",
        "countries": ["BG"],
    },
    {
        "key": "hogar",
        "name": "Sindicato Unificado de Trabajadoras del Hogar del Río de la Plata",
        "alt_names": ["United Domestic Workers' Union of the River Plate"],
        "acronym": "SUTHRP",
        "kind": "union",
        "countries": ["UY", "AR"],
    },
    {
        "key": "tierra",
        "name": "Colectivo Tierra y Agua",
        "alt_names": ["Land and Water Collective"],
        "kind": "committee",
        "countries": ["MX"],
    },
    {
        "key": "andes",
        "name": "Frente Obrero de los Andes",
        "alt_names": ["Workers' Front of the Andes"],
        "kind": "party",
        "countries": ["PE", "BO"],
    },
    {
        "key": "plataformas",
        "name": "Sindicato dos Trabalhadores das Plataformas Digitais",
        "alt_names": ["Digital Platform Workers' Union"],
        "acronym": "STPD",
        "kind": "union",
        "countries": ["BR", "PT"],
    },
    {
        "key": "mare",
        "name": "Rádio Maré Alta",
        "alt_names": ["High Tide Radio"],
        "kind": "media",
        "countries": ["BR"],
    },
    {
        "key": "piraeus",
        "name": "Επιτροπή Αλληλεγγύης Λιμανιού Πειραιά",
        "alt_names": ["Piraeus Harbour Solidarity Committee"],
        "kind": "committee",
        "countries": ["GR"],
    },
    {
        "key": "ege",
        "name": "Ege Kıyı İşçileri Sendikası",
        "alt_names": ["Aegean Coast Workers' Union"],
        "kind": "union",
        "countries": ["TR"],
    },
    {
        "key": "northsea",
        "name": "North Sea Offshore Workers' Alliance",
        "alt_names": ["Nordsjøens offshorearbeideres allianse"],
        "acronym": "NSOWA",
        "kind": "union",
        "countries": ["GB", "NO"],
    },
    {
        "key": "textiles",
        "name": "Committee for Fair Work in Textiles",
        "alt_names": ["বস্ত্রশিল্পে ন্যায্য কাজের কমিটি"],
        "kind": "committee",
        "countries": ["BD", "IN"],
    },
    {
        "key": "pwani",
        "name": "Chama cha Walimu wa Pwani",
        "alt_names": ["Coast Teachers' Union"],
        "kind": "union",
        "countries": ["KE"],
    },
    {
        "key": "tidewater",
        "name": "The Tidewater Bulletin",
        "kind": "media",
        "countries": ["IE"],
    },
    {
        "key": "pflege",
        "name": "Netzwerk Pflege solidarisch",
        "alt_names": ["Care Solidarity Network"],
        "kind": "ngo",
        "countries": ["DE", "AT"],
    },
    {
        "key": "minato",
        "name": "みなと市民連帯ネットワーク",
        "alt_names": ["Minato Citizens' Solidarity Network"],
        "kind": "ngo",
        "countries": ["JP"],
    },
    {
        "key": "docks",
        "name": "Collectif Lumière des Docks",
        "alt_names": ["Dockside Light Collective"],
        "kind": "committee",
        "countries": ["FR"],
    },
    {
        "key": "delta",
        "name": "نقابة عمال نسيج الدلتا الخضراء",
        "alt_names": ["Green Delta Textile Workers' Syndicate"],
        "kind": "union",
        "countries": ["EG"],
    },
    {
        "key": "liwayway",
        "name": "Samahan ng Manggagawa sa Pantalan ng Bagong Liwayway",
        "alt_names": ["New Dawn Dockworkers' Association"],
        "kind": "union",
        "countries": ["PH"],
    },
    {
        "key": "siyakhula",
        "name": "Siyakhula Domestic Workers' Network",
        "kind": "ngo",
        "countries": ["ZA"],
    },
    {
        "key": "cordillera",
        "name": "Radio Cordillera Libre",
        "alt_names": ["Free Cordillera Radio"],
        "kind": "media",
        "countries": ["CL"],
    },
]


STATEMENT_EN: dict[str, Any] = {
    "key": "harbours",
    "language": "en",
    "initiators": ["meridian"],
    "title": "Safe Harbours, Fair Work: A Joint Call for the Rights of Port and Logistics Workers",
    "body": (
        "Every ship that docks, every container that moves and every parcel that arrives "
        "depends on people whose names are rarely known. In ports, warehouses and on "
        "delivery routes, these workers face **longer shifts, weaker contracts and growing "
        "surveillance**, while the companies that employ them report record "
        "results.[¹](#note-1)\n\n"
        "We, the undersigned organisations and individuals, stand with port and logistics "
        "workers in every country. Their struggles are not local disputes: the same "
        "shipping lines and logistics groups operate on every continent, and they answer "
        "only to pressure that is just as international.\n\n"
        "Automation can make work safer and shorter. Turned against workers, it becomes a "
        "way to cut jobs and to time every minute of the working day.[²](#note-2) The "
        "people who do the work must have a say in how it changes.\n\n"
        "We call on governments, port authorities and employers to meet the following "
        "demands, and on unions and civil society everywhere to make them their own."
    ),
    "demands": [
        "Recognise the right of every port and logistics worker to join a union and to "
        "bargain collectively, whatever their contract.",
        "End the use of algorithmic surveillance to discipline workers, and show workers "
        "the data collected about them.",
        "Set up safety committees with elected worker representatives in every terminal "
        "and warehouse.",
        "Negotiate every automation plan with the workers concerned before it is adopted, "
        "with retraining and no forced redundancies.",
    ],
    "footnotes": [
        "Figures compiled by the initiating organisation from the annual reports of large "
        "container shipping companies (demonstration text).",
        "From a survey of warehouse workers by the sections of the Meridian Workers' "
        "International (demonstration text).",
    ],
    # Version 2: a fifth demand and a third note, asked for by endorsing organisations.
    "version_2": {
        "demands_added": [
            "Stop the blacklisting of workers who have taken part in strikes or solidarity "
            "actions.",
        ],
        "body_added": (
            "\n\nThis second version adds a demand proposed by endorsing organisations.[³](#note-3)"
        ),
        "footnotes_added": [
            "Version 2 was published after consultation with the endorsing organisations; "
            "endorsements of version 1 remain valid (demonstration text).",
        ],
    },
    "individuals": 200,
    "organizations": [
        "hanbit",
        "ufuq",
        "zora",
        "hogar",
        "plataformas",
        "mare",
        "piraeus",
        "ege",
        "northsea",
        "textiles",
        "tidewater",
        "docks",
        "meridian-kr",
        "meridian-gr",
    ],
}

STATEMENT_ES: dict[str, Any] = {
    "key": "cuidados",
    "language": "es",
    "initiators": ["meridian-ar"],
    "title": "Cuidar a quienes cuidan: declaración conjunta por los derechos de las "
    "trabajadoras del hogar",
    "body": (
        "El trabajo de cuidados sostiene la vida: alimenta, limpia, acompaña y atiende a "
        "millones de personas cada día. Sin embargo, quienes lo realizan —en su gran "
        "mayoría mujeres, muchas de ellas migrantes— siguen trabajando **sin contrato, sin "
        "descanso garantizado y sin protección social**.[¹](#note-1)\n\n"
        "Las organizaciones y personas firmantes nos comprometemos a defender sus derechos "
        "en todos los países. Las cadenas de cuidados cruzan fronteras; nuestra solidaridad "
        "también.\n\n"
        "Exigimos a los gobiernos y a los empleadores que reconozcan el trabajo del hogar "
        "como un trabajo igual a cualquier otro.[²](#note-2)"
    ),
    "demands": [
        "Contrato escrito, salario mínimo y jornada limitada para todas las trabajadoras "
        "del hogar.",
        "Acceso pleno a la seguridad social, incluidas las licencias por maternidad y por "
        "enfermedad.",
        "Permisos de residencia para las trabajadoras migrantes que no dependan de un único "
        "empleador.",
        "Inspecciones laborales eficaces y canales de denuncia seguros frente al acoso y la "
        "violencia.",
    ],
    "footnotes": [
        "Datos de las encuestas realizadas por los sindicatos firmantes (texto de demostración).",
        "Véase el Convenio 189 de la OIT sobre las trabajadoras y los trabajadores domésticos.",
    ],
    "individuals": 100,
    "organizations": ["hogar", "tierra", "andes", "pflege", "siyakhula", "meridian-br"],
}

# Organisation endorsements of the English statement that wait for an initiator's
# approval: one whose signer wrote from a verified domain of the organisation, one
# without, and one proposing an organisation the registry does not know yet.
PENDING_EN: list[dict[str, Any]] = [
    {
        "organization": "delta",
        "domain": "greendelta-textile.example.org",
        "signer_name": "Samira Abdelrahman",
        "signer_role": "General secretary",
    },
    {
        "organization": "liwayway",
        "signer_name": "Rodel Manalastas",
        "signer_role": "President",
    },
    {
        "proposed": {
            "name": "Comité de Solidaridad Portuaria de Valparaíso",
            "alt_names": ["Valparaíso Port Solidarity Committee"],
            "countries": ["CL"],
            "kind": "committee",
            "parent": "",
        },
        "signer_name": "Javiera Contreras",
        "signer_role": "Spokesperson",
    },
]

SIGNER_ROLES = [
    "General secretary",
    "President",
    "International secretary",
    "Coordinator",
    "Spokesperson",
    "Editor",
    "Executive board member",
]

# Name pools by culture: countries, interface language, given names as
# (name, gender) and family names as (masculine, feminine) forms.
NAME_POOLS: list[dict[str, Any]] = [
    {
        "countries": ["AR", "MX", "CL", "PE", "UY", "ES", "CO", "BO"],
        "language": "es",
        "given": [
            ("Lucía", "f"),
            ("Mateo", "m"),
            ("Valentina", "f"),
            ("Santiago", "m"),
            ("Camila", "f"),
            ("Joaquín", "m"),
            ("Florencia", "f"),
            ("Emiliano", "m"),
            ("Ximena", "f"),
            ("Tomás", "m"),
            ("María José", "f"),
            ("Juan Pablo", "m"),
        ],
        "family": [
            (n, n)
            for n in [
                "Fernández",
                "Quispe",
                "Morales",
                "Rivas",
                "Castillo",
                "Herrera",
                "Gutiérrez",
                "Paredes",
                "Sosa Navarro",
                "Mamani",
                "Acosta",
                "Ibarra",
            ]
        ],
    },
    {
        "countries": ["BR", "PT"],
        "language": "en",
        "given": [
            ("João", "m"),
            ("Ana Clara", "f"),
            ("Thiago", "m"),
            ("Beatriz", "f"),
            ("Caio", "m"),
            ("Luana", "f"),
            ("Rafael", "m"),
            ("Mariana", "f"),
        ],
        "family": [
            (n, n)
            for n in ["da Silva", "Oliveira", "Santos", "Costa", "Pereira", "Almeida", "Ribeiro"]
        ],
    },
    {
        "countries": ["GB", "IE", "US", "DE", "FR", "NO", "BE", "CA", "AU"],
        "language": "en",
        "given": [
            ("Aoife", "f"),
            ("Liam", "m"),
            ("Grace", "f"),
            ("Owen", "m"),
            ("Hannah", "f"),
            ("Jonas", "m"),
            ("Léa", "f"),
            ("Mathis", "m"),
            ("Ingrid", "f"),
            ("Sverre", "m"),
            ("Claire", "f"),
            ("Finn", "m"),
        ],
        "family": [
            (n, n)
            for n in [
                "Byrne",
                "Walsh",
                "Fischer",
                "Dubois",
                "Haugen",
                "Thompson",
                "Moreau",
                "Becker",
                "Larsen",
                "O'Connell",
                "Van den Berg",
            ]
        ],
    },
    {
        "countries": ["BG", "RS", "KZ", "KG", "MK"],
        "language": "ru",
        "given": [
            ("Анна", "f"),
            ("Дмитрий", "m"),
            ("Елена", "f"),
            ("Иван", "m"),
            ("Гергана", "f"),
            ("Никола", "m"),
            ("Светлана", "f"),
            ("Алексей", "m"),
            ("Милица", "f"),
            ("Бојан", "m"),
        ],
        "family": [
            ("Петров", "Петрова"),
            ("Иванов", "Иванова"),
            ("Георгиев", "Георгиева"),
            ("Смирнов", "Смирнова"),
            ("Николов", "Николова"),
            ("Јовановић", "Јовановић"),
            ("Ахметов", "Ахметова"),
        ],
    },
    {
        "countries": ["EG", "LB", "JO", "MA", "TN", "IQ"],
        "language": "ar",
        "given": [
            ("محمد", "m"),
            ("فاطمة", "f"),
            ("يوسف", "m"),
            ("ليلى", "f"),
            ("عمر", "m"),
            ("سلمى", "f"),
            ("كريم", "m"),
            ("نور", "f"),
            ("حسن", "m"),
            ("رنا", "f"),
        ],
        "family": [
            (n, n)
            for n in ["الحسيني", "منصور", "حداد", "بنعلي", "الخطيب", "سعيد", "العمري", "ناصر"]
        ],
    },
    {
        "countries": ["KR"],
        "language": "en",
        "korean": True,
        "given": [
            ("민준", "m"),
            ("서연", "f"),
            ("지훈", "m"),
            ("하은", "f"),
            ("도윤", "m"),
            ("수빈", "f"),
            ("현우", "m"),
            ("예린", "f"),
        ],
        "family": [(n, n) for n in ["김", "이", "박", "최", "정", "강", "윤", "한"]],
    },
    {
        "countries": ["GR", "CY"],
        "language": "en",
        "given": [
            ("Γιώργος", "m"),
            ("Ελένη", "f"),
            ("Νίκος", "m"),
            ("Μαρία", "f"),
            ("Δημήτρης", "m"),
            ("Κατερίνα", "f"),
            ("Αλέξανδρος", "m"),
            ("Σοφία", "f"),
        ],
        "family": [
            ("Παπαδόπουλος", "Παπαδοπούλου"),
            ("Νικολάου", "Νικολάου"),
            ("Καραγιάννης", "Καραγιάννη"),
            ("Οικονόμου", "Οικονόμου"),
            ("Βασιλείου", "Βασιλείου"),
            ("Μαυρίδης", "Μαυρίδου"),
        ],
    },
    {
        "countries": ["TR"],
        "language": "en",
        "given": [
            ("Ayşe", "f"),
            ("Mehmet", "m"),
            ("Zeynep", "f"),
            ("Emre", "m"),
            ("Elif", "f"),
            ("Deniz", "m"),
            ("Selin", "f"),
            ("Barış", "m"),
        ],
        "family": [(n, n) for n in ["Yılmaz", "Demir", "Kaya", "Şahin", "Çelik", "Arslan"]],
    },
    {
        "countries": ["ZA", "KE", "PH", "IN", "NG", "GH"],
        "language": "en",
        "given": [
            ("Amani", "f"),
            ("Thabo", "m"),
            ("Wanjiru", "f"),
            ("Kwame", "m"),
            ("Nomsa", "f"),
            ("Arjun", "m"),
            ("Priya", "f"),
            ("Rodel", "m"),
            ("Maricel", "f"),
            ("Chinedu", "m"),
        ],
        "family": [
            (n, n)
            for n in [
                "Otieno",
                "Mwangi",
                "Dlamini",
                "Nkosi",
                "Dela Cruz",
                "Sharma",
                "Iyer",
                "Mensah",
                "Okafor",
            ]
        ],
    },
]

AFFILIATIONS = [
    "Dockworker",
    "Nurse",
    "Teacher",
    "Crane operator",
    "Researcher",
    "Journalist",
    "Retired rail worker",
    "Warehouse worker",
    "Union delegate",
    "Student",
    "Domestic worker",
    "Delivery rider",
]


# Translations of the English statement, written for the demo. The Arabic one was made
# from version 1 and not yet updated, so the demo shows an outdated translation.
TRANSLATIONS_EN_V1: list[dict[str, Any]] = [
    {
        "language": "ar",
        "translator": "ليلى حداد",
        "title": "موانئ آمنة وعمل لائق: نداء مشترك من أجل حقوق عمال الموانئ والخدمات اللوجستية",
        "body": (
            "كل سفينة ترسو، وكل حاوية تتحرك، وكل طرد يصل، يعتمد على أناس نادرًا ما تُعرف "
            "أسماؤهم. في الموانئ والمستودعات وعلى طرق التوصيل، يواجه هؤلاء العمال **نوبات "
            "أطول وعقودًا أضعف ومراقبة متزايدة**، بينما تعلن الشركات التي تشغّلهم عن نتائج "
            "قياسية.\n\n"
            "نحن المنظمات والأفراد الموقّعين أدناه نقف مع عمال الموانئ والخدمات اللوجستية في "
            "كل بلد. نضالاتهم ليست نزاعات محلية: فخطوط الشحن ومجموعات الخدمات اللوجستية نفسها "
            "تعمل في كل القارات، ولا تستجيب إلا لضغط أممي مثلها.\n\n"
            "ندعو الحكومات وسلطات الموانئ وأصحاب العمل إلى تلبية المطالب التالية، وندعو "
            "النقابات والمجتمع المدني في كل مكان إلى تبنّيها."
        ),
        "demands": [
            "الاعتراف بحق كل عامل في الموانئ والخدمات اللوجستية في الانتساب إلى نقابة "
            "والمفاوضة الجماعية، أيًّا كان عقده.",
            "إنهاء استخدام المراقبة الخوارزمية لتأديب العمال، وإطلاعهم على البيانات المجموعة عنهم.",
            "إنشاء لجان سلامة تضم ممثلين منتخبين عن العمال في كل محطة ومستودع.",
            "التفاوض على كل خطة أتمتة مع العمال المعنيين قبل اعتمادها، مع إعادة التأهيل ومن "
            "دون تسريح قسري.",
        ],
        "footnotes": [
            "أرقام جمعتها المنظمة المبادِرة من التقارير السنوية لشركات شحن الحاويات الكبرى "
            "(نص توضيحي).",
            "من استطلاع لعمال المستودعات أجرته فروع أممية ميريديان للعمال (نص توضيحي).",
        ],
        "status": "published",
    },
]

TRANSLATIONS_EN_V2: list[dict[str, Any]] = [
    {
        "language": "es",
        "translator": "Marta Iglesias",
        "title": "Puertos seguros, trabajo digno: llamamiento conjunto por los derechos de "
        "las trabajadoras y los trabajadores portuarios y de la logística",
        "body": (
            "Cada barco que atraca, cada contenedor que se mueve y cada paquete que llega "
            "dependen de personas cuyos nombres casi nunca se conocen. En puertos, almacenes "
            "y rutas de reparto, quienes trabajan enfrentan **turnos más largos, contratos más "
            "débiles y una vigilancia creciente**, mientras las empresas que les emplean "
            "anuncian resultados récord.\n\n"
            "Las organizaciones y personas firmantes apoyamos a las trabajadoras y los "
            "trabajadores portuarios y de la logística de todos los países. Sus luchas no son "
            "conflictos locales: las mismas navieras y los mismos grupos logísticos operan en "
            "todos los continentes, y solo responden a una presión igual de internacional.\n\n"
            "La automatización puede hacer el trabajo más seguro y más corto. Usada contra "
            "quienes trabajan, se convierte en una forma de destruir empleo y de cronometrar "
            "cada minuto de la jornada. Quienes hacen el trabajo deben poder decidir cómo "
            "cambia.\n\n"
            "Pedimos a los gobiernos, a las autoridades portuarias y a los empleadores que "
            "atiendan las siguientes demandas, y a los sindicatos y a la sociedad civil de "
            "todo el mundo que las hagan suyas.\n\n"
            "Esta segunda versión añade una demanda propuesta por organizaciones adherentes."
        ),
        "demands": [
            "Reconocer el derecho de toda persona que trabaja en puertos y logística a "
            "afiliarse a un sindicato y a negociar colectivamente, sea cual sea su contrato.",
            "Poner fin a la vigilancia algorítmica como medio de disciplina y mostrar a cada "
            "persona los datos que se recogen sobre ella.",
            "Crear comités de seguridad con representantes elegidos por la plantilla en cada "
            "terminal y almacén.",
            "Negociar todo plan de automatización con las personas afectadas antes de "
            "adoptarlo, con formación y sin despidos forzosos.",
            "Acabar con las listas negras de quienes han participado en huelgas o acciones "
            "de solidaridad.",
        ],
        "footnotes": [
            "Cifras recopiladas por la organización promotora a partir de los informes "
            "anuales de grandes navieras de contenedores (texto de demostración).",
            "Según una encuesta a trabajadores de almacén realizada por las secciones de la "
            "Internacional Meridiana de los Trabajadores (texto de demostración).",
            "La versión 2 se publicó tras consultar a las organizaciones adherentes; las "
            "adhesiones a la versión 1 siguen siendo válidas (texto de demostración).",
        ],
        "status": "published",
    },
]

STATEMENT_EN["translations_v1"] = TRANSLATIONS_EN_V1
STATEMENT_EN["translations"] = TRANSLATIONS_EN_V2
