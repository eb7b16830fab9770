# Writes the reports of a förbund's five years, for bench/web.sh (issue #3's overview page).
#
#   awk -v out=DIR -v year=2026 -v quarter=4 [-v insatser=50] [-v quarters=20] [-v ended=5] \
#       -f make-web-reports.awk
#
# For each of INSATSER insatser (distinct names and owners) it writes QUARTERS text
# kvartalsrapporter, one per quarter, ending with the quarter YEAR-QUARTER (the current one),
# as DIR/NN-name/kvartalsrapport-YYYY-qN.txt. The last ENDED insatser ended with the quarter
# before: their quarterly reports end one quarter earlier, and each has a slutrapport whose
# insatstid is those QUARTERS quarters (DIR/NN-name/slutrapport.txt). A kvartalsrapport states
# no insatstid, so only those insatser get a period in the database.
#
# The reports follow the förbund's template (bench/fixtures/fiktiv-kvartalsrapport.txt): the
# registration block, section 1's fields, sections 2.1–2.6 of a few paragraphs each (about
# 3 KB) and the reporter. Section 2.1 states the key figures the importer reads (totalt,
# inskrivna, kvinnor, män, avslutade, till arbete, till studier), growing quarter by quarter.
# One insats in ten restates its total differently in 2.4 in its last four reports, so the
# importer warns (conflicting_figure) and the overview has a few warnings to list.
# Arrival and reporter dates fall two to three weeks after each quarter (for the current
# quarter: in the future); every file's text is distinct.

function pad2(n) { return sprintf("%02d", n) }

# Quarter index q = year * 4 + (quarter - 1).
function q_year(q) { return int(q / 4) }
function q_number(q) { return q % 4 + 1 }
function q_start(q) { return sprintf("%04d-%02d-01", q_year(q), 3 * (q % 4) + 1) }
function q_end(q, m) {
    m = 3 * (q % 4) + 3
    return sprintf("%04d-%02d-%02d", q_year(q), m, (m == 3 || m == 12) ? 31 : 30)
}
function short_date(iso) { return substr(iso, 3, 2) substr(iso, 6, 2) substr(iso, 9, 2) }
# A day in the first month after quarter q.
function after(q, day) { return sprintf("%04d-%02d-%02d", q_year(q + 1), 3 * ((q + 1) % 4) + 1, day) }

function kvartalsrapport(file, i, q, k, name, owner, first, last,
                         total, current, women, men, ended_count, work, studies, conflict) {
    total = 6 + 4 * k + (i % 7)
    current = 8 + (i + k) % 11
    if (current > total)
        current = total
    women = int(current / 2) + (i % 2)
    men = current - women
    ended_count = total - current
    work = int(ended_count / 3)
    studies = int(ended_count / 6)
    conflict = (i % 10 == 3 && q > last - 4)

    print "Kvartalsrapport" > file
    print "Insats för samverkansmedel\n" > file
    print "    Diarienummer                         Signatur" > file
    printf "    SFB %s-%s.%02d                            %s\n\n", substr(q_year(q + 1), 3),
        pad2(3 * ((q + 1) % 4) + 1), 1 + (i + k) % 40, signatures[i % 6 + 1] > file
    print "    Ankomstdatum" > file
    printf "    %s\n\n", after(q, 12 + i % 10) > file
    print "1. Allmänna uppgifter\n" > file
    print "Insatsens namn\n" > file
    print name "\n" > file
    print "Huvudman för insatsen\n" > file
    print owner "\n" > file
    print "Kvartalsrapporten gäller för perioden\n" > file
    printf "%s - %s\n\n", short_date(q_start(q)), short_date(q_end(q)) > file
    print "2. Aktivitetsrapport - resultat, utfall och nulägesanalys\n" > file
    print "2.1 Aktiviteter: Beskriv kortfattat vilka aktiviteter som har genomförts och/eller påbörjats.\n" > file
    printf "Insatsen har totalt haft %d deltagare sedan starten. Idag har insatsen %d deltagare\n", total, current > file
    printf "inskrivna, varav %d kvinnor och %d män. Under kvartalet har gruppverksamheten om\n", women, men > file
    print "hälsa och vardagsstruktur genomförts två dagar i veckan, och varje deltagare har haft" > file
    print "minst ett individuellt samtal med sin handledare varannan vecka.\n" > file
    printf "Sedan starten har %d deltagare avslutats. Av dem har %d gått till arbete och %d till\n", ended_count, work, studies > file
    print "studier. Övriga avslutade deltagare har gått vidare till andra insatser hos" > file
    print "Arbetsförmedlingen eller kommunen, eller har avslutats på egen begäran.\n" > file
    print "Samverkan med Försäkringskassan och regionens vårdcentraler har fortsatt med" > file
    print "gemensamma trepartssamtal. Handledarna har deltagit i en utbildningsdag om" > file
    printf "motiverande samtal tillsammans med personal från Arbetsförmedlingen (kvartal %d %d).\n\n", q_number(q), q_year(q) > file
    print "2.2 Avvikelser från planering (ekonomi, tidsplan, aktiviteter numerära mål etc) samt" > file
    print "åtgärder:\n" > file
    print "En handledare var föräldraledig under en del av kvartalet, vilket gjorde att färre nya" > file
    print "deltagare kunde skrivas in. Inskrivningen har återupptagits och väntelistan är kortare" > file
    print "än vid förra rapporten.\n" > file
    print "2.3 Brukarmedverkan: Beskriv hur målgruppen/brukarna involverats och gjorts delaktiga i" > file
    print "insatsen samt om och hur detta påverkat insatsens genomförande.\n" > file
    print "Deltagarna har svarat på en enkät om gruppverksamheten. Utifrån svaren har tiderna" > file
    print "flyttats till förmiddagar och ett pass om ekonomi och budget har lagts till. En" > file
    print "deltagarpanel träffas en gång i månaden och har skrivit om informationsmaterialet.\n" > file
    print "2.4 Insatsens mål samt delmål: Vilka mål/delmål är uppfyllda? Bedömning om insatsens" > file
    print "mål/delmål kommer att uppnås?\n" > file
    printf "Målet är att %d deltagare ska ha skrivits in under insatsens tid. Målet bedöms kunna\n", 60 + 10 * (i % 5) > file
    print "nås under insatsens sista år. Delmålet att 30 procent av de avslutade ska gå till" > file
    print "arbete eller studier följs upp varje kvartal tillsammans med styrgruppen.\n" > file
    if (conflict)
        printf "Totalt har %d deltagare varit inskrivna.\n\n", total + 3 > file
    print "2.5 Sammanfattande bedömning: Vad går bra och mindre bra i arbetet?" > file
    print "Framgångsfaktorer, systemfel som påverkar utfallet. Hur arbetar ni för att åtgärda eventuella" > file
    print "problem.\n" > file
    print "Det som går bra är den täta kontakten mellan handledare och deltagare samt att" > file
    print "parterna möts regelbundet. Mindre bra är väntetiden till arbetsförmågebedömning, som" > file
    print "har varit upp till åtta veckor. Frågan har lyfts i beredningsgruppen.\n" > file
    print "2.6 Styrgruppen /Mysam-gruppens analys av utfall för kvartalsrapport\n" > file
    print "Styrgruppen bedömer att insatsen följer plan och ser positivt på andelen som gått till" > file
    print "arbete eller studier.\n" > file
    print "3. Uppgiftslämnare\n" > file
    print "Datum                Namn" > file
    printf "%s           %s\n", after(q, 2 + i % 9), reporters[i % 8 + 1] > file
    close(file)
}

function slutrapport(file, i, name, owner, first, last) {
    print "Slutrapport\n" > file
    print "Insats för samverkansmedel\n" > file
    print "    Diarienummer                         Signatur" > file
    printf "    SFB %s-%s.%02d                            %s\n\n", substr(q_year(last + 1), 3),
        pad2(3 * ((last + 1) % 4) + 1), 40 + i % 50, signatures[i % 6 + 1] > file
    print "    Ankomstdatum" > file
    printf "    %s\n\n", after(last, 20 + i % 5) > file
    print "1. Allmänna uppgifter\n" > file
    print "Insatsens namn\n" > file
    print name "\n" > file
    print "Insatstid – åååå-mm-dd\n" > file
    printf "%s - %s\n\n", short_date(q_start(first)), short_date(q_end(last)) > file
    print "Beviljade medel för insatsen\n" > file
    printf "%d 850 000 kr\n\n", 3 + i % 4 > file
    print "Utnyttjade medel\n" > file
    printf "%d 796 412 kr\n\n", 3 + i % 4 > file
    print "2. Ansvarig för genomförande av insatsen\n" > file
    print "Organisations namn Arbetsställets namn" > file
    print owner "\n" > file
    print "3. Samverkansparter\n" > file
    print "Organisation" > file
    print "Försäkringskassan, Lokalt försäkringscenter Benchdalen" > file
    print "Organisation" > file
    print "Arbetsförmedlingen Benchdalen\n" > file
    print "4. Insatsbeskrivning\n" > file
    print "4.1 Syfte och bakgrund till insatsen:\n" > file
    print "Insatsen utformades för att fylla glappet mellan att inte ha någon aktivitet alls och att" > file
    print "kunna ta del av ordinarie arbetsmarknadsinsatser.\n" > file
    print "4.2 Målgrupp för insatsen: Vilka grupper/individer har omfattats av insatsen.\n" > file
    print "Personer mellan 20 och 64 år som stått långt från arbetsmarknaden.\n" > file
    print "5. Resultat och utfall av insats\n" > file
    print "5.1 Måluppfyllelse: Ange mål och resultat.\n" > file
    printf "Totalt har %d deltagare varit inskrivna under insatsens tid.\n\n", 6 + 4 * 19 + (i % 7) > file
    print "5.2 Arbetssätt och verksamhetsbeskrivning: Beskriv vilka metoder/arbetssätt och vilka" > file
    print "aktiviteter som har genomförts.\n" > file
    print "Gruppverksamhet, individuella samtal och gemensamma avslutsmöten med parterna.\n" > file
    print "6. Analys\n" > file
    print "6.1 Beskriv tillvaratagna erfarenheter och lärdomar från insatsen:\n" > file
    print "Hälsofrågorna behöver hanteras tidigt, och övergångarna är den mest sårbara delen.\n" > file
    print "8. Uppgiftslämnare\n" > file
    print "Datum Namn" > file
    printf "%s %s\n", after(last, 15 + i % 5), reporters[i % 8 + 1] > file
    close(file)
}

BEGIN {
    if (out == "" || year == "" || quarter == "") {
        print "make-web-reports.awk: set out, year and quarter" > "/dev/stderr"
        exit 2
    }
    if (insatser == "") insatser = 50
    if (quarters == "") quarters = 20
    if (ended == "") ended = 5

    split("Steget Vägen Bron Nyckeln Kompassen Trappan Porten Hamnen Spåret Fästet", first_words, " ")
    split("Vidare Framåt Ut Hem Tillsammans", second_words, " ")
    split("Benchby kommun, Arbetsmarknadsförvaltningen|Region Benchland, Psykiatrin|" \
          "Norrbench kommun, Socialförvaltningen|Arbetsförmedlingen Benchdalen|" \
          "Södra Benchby kommun, Vuxenutbildningen|Region Benchland, Primärvården|" \
          "Västbench kommun, Arbetsmarknadsenheten", owners, "|")
    split("EEX PPR AKH MLL JSN KBG", signatures, " ")
    split("Eva Exempel|Per Prov|Maja Mall|Lars Läsare|Kim Kvartal|Alva Andersson|Nils Nord|Sara Syd", reporters, "|")

    current = year * 4 + (quarter - 1)
    for (i = 1; i <= insatser; i++) {
        name = first_words[(i - 1) % 10 + 1] " " second_words[int((i - 1) / 10) % 5 + 1]
        if (i > 50)
            name = name " " int((i - 1) / 50) + 1
        owner = owners[(i - 1) % 7 + 1]
        if (i > 1 && (i - 1) % 7 == 0)
            owner = owner ", enhet " i
        last = (i > insatser - ended) ? current - 1 : current
        first = last - quarters + 1
        dir = sprintf("%s/%02d-%s", out, i, name)
        gsub(/ /, "-", dir)
        system("mkdir -p '" dir "'")
        for (k = 0; k < quarters; k++) {
            q = first + k
            file = sprintf("%s/kvartalsrapport-%d-q%d.txt", dir, q_year(q), q_number(q))
            kvartalsrapport(file, i, q, k, name, owner, first, last)
        }
        if (i > insatser - ended)
            slutrapport(dir "/slutrapport.txt", i, name, owner, first, last)
    }
}
