# Writes distinct copies of one report text, for bench/run.sh.
#
#   awk -v first=F -v stride=S -v last=L -v out=DIR -f make-reports.awk SOURCE
#
# Writes copies numbered F, F+S, F+2S, ... up to L as DIR/rapport-NNNNN-<source name>.<ext>.
# In each copy the insats name lines (the line after "Insatsens namn", and in a
# projektredovisning the line before "Projektägare/ansvarig part") get " – kopia N", so every
# copy is a new insats, and a last whitespace-only line encodes N in spaces and tabs, so every
# copy has its own content hash even when a source has no name line. Cleaning removes that line.
{ line[NR] = $0 }
END {
    n = NR
    for (i = 1; i <= n; i++) {
        t = line[i]
        gsub(/^[ \t]+|[ \t:]+$/, "", t)
        if (t == "Insatsens namn") {
            for (j = i + 1; j <= n && line[j] ~ /^[ \t\r]*$/; j++)
                ;
            if (j <= n)
                mark[j] = 1
        }
        if (t ~ /^Projekt.*gare\/ansvarig part$/) {
            for (j = i - 1; j >= 1 && line[j] ~ /^[ \t\r]*$/; j--)
                ;
            if (j >= 1)
                mark[j] = 1
        }
    }
    name = FILENAME
    sub(/.*\//, "", name)
    extension = "txt"
    if (match(name, /\.[^.]*$/)) {
        extension = substr(name, RSTART + 1)
        name = substr(name, 1, RSTART - 1)
    }
    if (stride < 1)
        stride = 1
    for (c = first; c <= last; c += stride) {
        file = sprintf("%s/rapport-%05d-%s.%s", out, c, name, extension)
        for (i = 1; i <= n; i++) {
            if (i in mark) {
                s = line[i]
                sub(/[ \t\r]+$/, "", s)
                printf "%s – kopia %d\n", s, c > file
            } else {
                print line[i] > file
            }
        }
        whitespace = ""
        for (k = c; k > 0; k = int(k / 2))
            whitespace = whitespace ((k % 2) ? "\t" : " ")
        print whitespace > file
        close(file)
    }
}
