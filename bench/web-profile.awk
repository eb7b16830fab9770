# Splits the samples of `perf script` (with call graphs) of the server into the parts of an
# overview request, for bench/web.sh --profile. Each sample counts once, for the first part
# (in this order) that a frame of its stack names.
#
#   perf script -i perf.data | awk -f bench/web-profile.awk
function has(pattern, i) {
    for (i = 1; i <= depth; i++)
        if (frame[i] ~ pattern)
            return 1
    return 0
}
function flush(part) {
    total++
    if (has("OverviewQueries::pending_warnings")) part = "SQL: OverviewQueries::pending_warnings"
    else if (has("OverviewQueries::quarter")) part = "SQL: OverviewQueries::quarter"
    else if (has("OverviewQueries::final_reports")) part = "SQL: OverviewQueries::final_reports"
    else if (has("authenticate_page|authenticate_api")) part = "session lookup (RequestScope::authenticate_*)"
    else if (has("AssociationStore")) part = "SQL: AssociationStore::load"
    else if (has("mstch::template_type::template_type")) part = "mstch: parsing the templates (template_type)"
    else if (has("mstch::") && has("render_overview|Views::render([^_]|$)")) part = "mstch: rendering the overview's content"
    else if (has("mstch::")) part = "mstch: rendering the layout (and other)"
    else if (has("overview_view")) part = "building the view (overview_view)"
    else if (has("render_overview")) part = "render_overview: other"
    else if (has("PageCache::")) part = "page cache (PageCache::find, store)"
    else if (has("RequestScope::frame")) part = "the layout's frame (RequestScope::frame)"
    else if (has("RequestScope::page")) part = "RequestScope::page, page_content: other"
    else if (has("show_overview")) part = "show_overview: other"
    else if (has("dispatch_request")) part = "handler: other"
    else if (has("process_request")) part = "httplib: reading the request, writing the answer"
    else part = "other (kernel, accept, thread pool)"
    count[part]++
}
/^[^ \t]/ { if (depth) flush(); depth = 0; next }
/^[ \t]*$/ { if (depth) flush(); depth = 0; next }
{ frame[++depth] = $2 }
END {
    if (depth) flush()
    for (part in count)
        printf "%5.1f%%  %s\n", 100 * count[part] / total, part | "sort -rn"
    close("sort -rn")
    printf "(%d samples)\n", total
}
