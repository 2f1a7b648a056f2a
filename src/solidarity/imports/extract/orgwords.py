"""Words that mark an organisation's name rather than a person's, in the languages the
importer reads: "Kooperativet Myrberget" is a group's because of "kooperativ". Like
lexicon.py, this is the grammar of names, not data about the world: type words
("association", "Gewerkschaft", "समिति"), legal forms ("e.V.", "ry") and the endings
compounds and scripts without spaces put them in."""

from __future__ import annotations

from importlib import resources

from .lexicon import WordSet, words


# Word stems that mark an organisation rather than a person.
def _words_by_language() -> list[str]:
    """The longer lists, a language a section, kept as a file of their own."""
    listed = resources.files(__package__).joinpath("data/orgwords.txt").read_text("utf-8")
    return [
        word for line in listed.splitlines() if not line.startswith("#") for word in line.split()
    ]


ORG_WORDS = WordSet(
    _words_by_language()
    + words(
        """
        rsu rsa kör kören körer kammarkör* kyrkokör* orkester orkestern kvartett* kvintett*
        spelmanslag* teatergrupp* vänner vännerna venner vennene församling* menighet*
        folkhögskola* folkhøgskole* högskola* skola skolan skole skolen förskola*
        ungdomslag* bygdelag* samfund* samfunn* seura seuran kuoro* osuuskunta* kerho*
        koulu* seurakunta* säätiö* vereniging* stichting* koor buurthuis* wijkraad*
        werkgroep* fanfare harmonie* parochie* chór* zespół zespołu parafia* szkoła szkoły
        spółdzielnia* koło sieć sieci towarzystwo* związek kooperatywa* inicjatywa* ruch
        uniwersytet* przedszkole* liceum spolek spolku sdružení* združenie* nadace nadácia*
        družstvo* farnost* hnutí hnutie bendruomenė* asociacija* draugija* klubas sąjunga*
        parapija* asociația* asociatia* fundația* fundatia* sindicatul* uniunea* partidul*
        clubul* parohia* corul* școala* scoala* federația* federatia* comitetul* grupul*
        mișcarea* miscarea* egyesület* alapítvány* szövetség* plébánia* kórus*
        szakszervezet* coro coros coral corale* filarmonica* filarmónica*
        fanfara orquesta* orchestra* orquestra* quilombo* parroquia* parrocchia* paróquia*
        parròquia* parish* paroisse* pfarrei* polisportiva* bocciofila* ensemble
        парафія* гурт гурту хор хору ансамбл* громада* спільнота* ліцей* гімназі* χορωδία*
        μπάντα* όμιλος ομίλου جوقة مدرسة فرقة كورال أخوية समिति मंडल मंडली संघ मंच
        संगठन संस्था संस्थान सभा अभियान केंद्र समूह समुदाय पाठशाला विद्यालय ट्रस्ट परिषद
        आंदोलन मोर्चा सहकारी यूनियन संगम chama kikundi vikundi umoja muungano jumuiya kwaya
        shirika sacco klabu kituo mtandao harakati baraza samahan samahang kilusan alyansa
        pagkakaisa kapisanan katipunan ugnayan koalisyon paguyuban komunitas kelompok
        perkumpulan ikatan persatuan pertubuhan himpunan koperasi gerakan jaringan aliansi
        sahabat
        party parties union* league movement* committee* council* group* front federation*
        confederation* association* societ* organisation* organization* collective* network*
        coalition* alliance* institut* foundation* centre center campaign* initiative* guild*
        choir* chorale*
        tendenc* current international* workers worker's workers' socialist* communist*
        marxist* trotskyist* revolutionary anarchist* platform* forum* assembl* congress*
        brigade* trust fund aid relief children universit* college* school* church* bureau
        secretariat* syndicat* cooperative* co-operative* club circle caucus voice
        observator* press media news magazine* journal* radio ngos friends solidarity
        sisterhood brotherhood comrades left right green greens greens labour labor
        democrat* republican* federal* national* partido* sindicat* liga movimiento* comité*
        consejo* grupo* frente federación* confederación* asociación* sociedad*
        organización* colectiv* red coalición* alianza* instituto* fundación* centro
        campaña* iniciativa* tendencia* corriente* internacional* trabajador* obrer*
        socialista* comunista* marxista* trotskista* revolucionari* plataforma* foro*
        asamblea* observatorio* unión* izquierda* juventud* secretariado* coordina* koordin*
        координац* central* colectivo* núcleo* movimento* comitê* conselho* federação*
        associació* federació* confederació* col·lectiu* xarxa* ateneu* fundació* agrupació*
        samverkan stiftelse* sällskap* selskab* selskap* kooperativ* yhdistys* liitto* klubi*
        verkosto* félag* samband* εταιρεία* εταιρία* συντεχνία* kooperatyw* cátedra* colegio*
        fagforening* fackförbund* fackförening*
        unió moviment moviments casal casals entitat entitats
        confederação* associação* sociedade* organização* coletiv* rede coligação* aliança*
        fundação* campanha* tendência* trabalhador* operári* revolucionári* fórum*
        assembleia* união* esquerda* juventude* comissão* frente* parti ligue mouvement*
        comité conseil* groupe* fédération* confédération* société* collectif* réseau*
        institut* fondation* campagne* tendance* courant* travailleur* ouvrier* socialiste*
        communiste* révolutionnaire* plateforme* gauche* jeunesse* partei* gewerkschaft*
        bewegung* komitee* gruppe* verband* bund bündnis* arbeitsgemeinschaft* gemeinschaft*
        vereinigung* verein* gesellschaft*
        organisation* kollektiv* netzwerk* koalition* allianz* stiftung* zentrum* kampagne*
        strömung* arbeiter* sozialist* kommunist* revolution* plattform* linke* jugend*
        fraktion* partito* sindacato* lega comitato* consiglio* gruppo* fronte* federazione*
        confederazione* associazione* società* organizzazione* collettivo* rete coalizione*
        alleanza* istituto* fondazione* campagna* iniziativa* lavorator* operai*
        rivoluzionari* piattaforma* unione* sinistra* gioventù* парти* профсоюз* союз* бюро лига
        движени* комитет* совет* групп* фронт* федераци* конфедерац* ассоциаци* обществ*
        организаци* коллектив* сеть коалици* альянс* институт* фонд* центр* кампани*
        инициатив* тенденци* рабоч* социалист* коммунист* марксист* революцион* платформ*
        объединени* левые левых левый партія* профспілк* спілк* ліга рух* комітет* рада
        група* федераці* асоціаці* товариств* організаці* колектив* мереж* коаліці*
        інститут* кампані* ініціатив* робітнич* соціаліст* комуніст* революційн* ліві лівих
        об'єднанн* partisi partileri sendika* birli* hareket* komite* meclis* grup* cephe*
        federasyon* konfederasyon* dernek* derneği örgüt* kolektif* koalisyon* ittifak*
        enstitü* vakf* vakıf* merkez* kampanya* inisiyatif* işçi* sosyalist* komünist*
        devrimci* platform* κόμμα* συνδικ* ένωση* κίνημα* επιτροπ* συμβούλι* ομάδα* μέτωπο*
        ομοσπονδ* σύλλογ* οργάνωσ* κολεκτίβ* δίκτυ* συμμαχ* ινστιτούτ* ίδρυμα* κέντρ* εργατ*
        σοσιαλιστ* κομμουνιστ* επαναστατ* πλατφόρμ* αριστερ* حزب* نقاب* اتحاد* رابط* حرك*
        لجن* هيئ* مجلس* مجموع* جبه* جمعي* منظم* شبك* تحالف* معهد* مؤسس* مركز* حملة حملات مبادر*
        مرصد* ائتلاف* نادي تنسيق* فدرالي* كونفدرالي* تعاوني* обсерватор* форум* φόρουμ círculo
        iglesia igreja église kirche kirchengemeinde chiesa церковь церква kilise εκκλησία
        كنيسة mosque mezquita mesquita mosquée moschee moschea мечеть τζαμί مسجد synagogue
        sinagoga synagoge синагога action acción ação aktion azione renters odv asd assistenza
        клуб* λέσχη kulüp kulübü klub دار
        radio rádio radios rádios радио радіо ραδιόφωνο 라디오 إذاعة
        kitchen kitchens comedor comedores cantine mensa
        congregation congregação congregación congrégation kongregation congregazione
        конгрегация конгрегація cemaat
        العمال* الاشتراكي* الشيوعي* الثوري* منصة تجمع* universid* университет* університет*
        üniversite* πανεπιστήμ* جامع* escuela escola école* schule schulen scuola* школ*
        hospital hospitals hôpital* krankenhaus* ospedale* больниц* e.v. e.v ev ggmbh gmbh ltd
        ltd. inc inc. s.a. a.c. asbl onlus aps ets vzw cic ngo ong branch branches chapter
        го гс бф вго мго ано нко роо моо ооо тов
        sección secção seção sektion sezione filial* department* departamento* dipartimento*
        kammer chambre cámara câmara casa casal maison haus pastoral pastorale caritas
        articulação articulación brigada brigadas bloco bloque bloc blocco блок μπλοκ blok
        τμήμα τμήματος σχολή σχολής faculty facultad faculdade faculté facoltà fakultät
        факультет кафедра fakülte* 학과 학부 كلية قسم
        secours socorro soccorso hilfswerk girişim* grubu topluluğ* topluluk* ağı dostları
        kolektifi evi
        academy academia académie akademie accademia академия академія akademi ακαδημία
        아카데미 أكاديمية polytechnic politécnico politecnico polytechnique
        diözese diocese diócesis diocese diocesi diocèse pfarrei parish parroquia paróquia
        paroisse parrocchia епархия єпархія μητρόπολη
        serikat gerakan persatuan perkumpulan aliansi federasi konfederasi lembaga yayasan
        jaringan kesatuan komite związek* związku stowarzyszeni* fundacja* partia inicjatyw*
        koalicja kolektyw* ogólnopolsk* komitet odbory sindikat* sindikát* odborov*
        dockers miners teachers nurses tenants students farmers residents neighbours
        neighbors women mothers feminists veterans scientists lawyers doctors academics
        journalists writers artists citizens activists docentes estudiantes maestras maestros
        vecinos vecinas mujeres madres feministas inquilinos moradores professores estudantes
        mulheres mães enseignants étudiants femmes locataires habitants mères studierende
        médicos médicas médecins ärzte ärztinnen medici врачи лікарі doktorlar γιατροί
        advogados abogados abogadas avocats anwälte avvocati юристы юристи avukatlar
        enfermeiros enfermeiras enfermeras infirmières infermieri медсестры медсестри
        frauen mieter mütter insegnanti studenti donne inquilini madri
        commission* library libraries agrupación* agrupaciones comisión* comisiones
        cooperativa* biblioteca* ateneo* mutual* oposición agrupamento* coordena* oposição
        circolo* cantiere* ambulatorio* brigat* presidio* sportello* osservatorio*
        laboratorio* cercle* atelier* bibliothèque* coopérative* amicale* regroupement*
        observatoire* bibliothek* kommission* ausschuss* genossenschaft* комисси* комісі*
        ассамбле* асамбле* собрани* кооператив* библиотек* бібліотек* komisyon* şube*
        şubesi dergi* dayanışma* odası kooperatif* kulüb* σωματεί* συνέλευσ* κίνησ*
        συνεταιρισμ* βιβλιοθήκ* πρωτοβουλί* συντονισμ* παρατηρητήρι* σύνδεσμ* ενώσεις
        منتدى* المنتدى* حراك* الحراك*
        ملتقى* الملتقى* تنسيقي* التنسيقي*
        """
    )
)
# Organisation words no surname is made of: "Eastport Trades Council" stays an
# organisation in a list of people, where "Teresa Campagna" does not.
UNMISTAKABLE_ORG_WORDS = WordSet(
    words(
        """
        council* committee* union* party parties association* federation* confederation*
        league network* coalition* alliance* foundation* institut* society collective*
        movement* group* front centre center trust branch* sindicato* partido* asociación*
        federación* confederación* movimiento* coalición* alianza* fundación* colectivo*
        comité* partei* gewerkschaft* verband* bündnis* verein* komitee* partito*
        sindacato* associazione* federazione* comitato* movimento* syndicat* fédération*
        mouvement* collectif* партия профсоюз* комитет* партія профспілк* комітет*
        associação* coletivo* federação* sendika* dernek* derneği federasyon* konfederasyon*
        kolektif* koalisyon* σωματείο* συνδικάτο* κίνημα* κόμμα* συλλογικότητα*
        klinik klinikum krankenhaus
        """
    )
)
# German and Dutch compounds end on the organisation word: "Hafenarbeitergewerkschaft".
ORG_SUFFIXES = (
    "gewerkschaft",
    # "Mitarbeitervertretung", "Schülervertretung": a body that represents.
    "vertretung",
    "verband",
    "bündnis",
    "verein",
    "vereinigung",
    "netzwerk",
    "initiative",
    "kollektiv",
    "gruppe",
    "komitee",
    "partei",
    "stiftung",
    "bewegung",
    "genossenschaft",
    "gemeinde",
    "gesellschaft",
    "kreis",
    "zentrum",
    "hilfe",
    "rat",
    "bund",
    "vakbond",
    # "Transportbond", "Onderwijsbond": Dutch unions are -bond too.
    "bond",
    "beweging",
    "krankenhaus",
    "klinik",
    "klinikum",
    "feuerwehr",
    "club",
    "klub",
    "wende",
    "forum",
    "allianz",
    "plattform",
    "jugend",
    # "Forschungsstelle", "Beratungsstelle": an office; "Forschungsinstitut", "Musikakademie".
    "stelle",
    "institut",
    "akademie",
    "hochschule",
    "netzwerk",
    "initiative",
    "verein",
    "verband",
    "gewerkschaft",
    # Nordic compounds and their definite forms: "Hamnklubb", "Hamnfacket",
    # "Stuveriarbetarförening", "Kranførerforening", "Fellesforbund".
    "förening",
    "föreningen",
    "förbund",
    "förbundet",
    "klubb",
    "klubben",
    "facket",
    "forening",
    "foreningen",
    "forbund",
    "forbundet",
    "fagforbund",
    "nätverk",
    "nätverket",
    "netværk",
    "nettverk",
)
# Korean compounds glue the organisation word to the rest, so these match anywhere.
ORG_INFIXES = (
    "당",
    "대학",
    "노동조합",
    "노조",
    "연맹",
    "연대",
    "운동",
    "위원회",
    "협의회",
    "그룹",
    "전선",
    "연합",
    "협회",
    "단체",
    "네트워크",
    "유니온",
    "동맹",
    "연구소",
    "재단",
    "센터",
    "노동자",
    "사회주의",
    "공산",
    "혁명",
    "모임",
    "본부",
    "행동",
    "학회",
    "포럼",
    "조합",
    "공동체",
    "교회",
    "클럽",
    "밴드",
    "합창단",
    "오케스트라",
    "풍물패",
    "독서모임",
    "도서관",
)
# Chinese and Japanese write the organisation word at the end of the name, with nothing
# between ("みなと川を守る会", "NPO法人 里山", "台南之友會"); a family name ends on none of
# these.
CJK_ORG_ENDINGS = (
    "会",
    "會",
    "協会",
    "組合",
    "法人",
    "学園",
    "学校",
    "クラブ",
    "ネット",
    "ネットワーク",
    "連帯",
    "ユニオン",
    "センター",
    # Katakana names of organisations end on these, as foreign names of people do not
    # ("アムネスティ・インターナショナル", "ヒューマン・ライツ・ウォッチ").
    "インターナショナル",
    "フォーラム",
    "ウォッチ",
    "アクション",
    "キャンペーン",
    "プロジェクト",
    "ジャパン",
    "委員会",
    "連合",
    "之友",
    "同盟",
    "工会",
    "联盟",
    "聯盟",
    "教会",
    "教會",
    "合唱団",
    "楽団",
    "劇団",
    "バンド",
    "編集部",
    "食堂",
    "基金",
    "財団",
    "作業所",
    "事務所",
    "研究所",
    "書店",
    "神社",
    "本部",
    "支部",
)
