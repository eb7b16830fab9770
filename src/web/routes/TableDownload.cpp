#include "web/routes/TableDownload.h"

#include "output/CsvWriter.h"
#include "output/XlsxWriter.h"

namespace finsam {

bool is_table_download(const std::string& format) {
    return format == "csv" || format == "xlsx";
}

void download_tables(Exchange& exchange, const std::vector<DataTable>& tables,
                     const std::string& format, const std::string& name) {
    if (format == "csv") {
        exchange.reply().download(write_csv(tables), "text/csv; charset=utf-8", name + ".csv");
        return;
    }
    auto workbook = write_xlsx(tables);
    if (!workbook) {
        exchange.fail(AppError::internal("cannot write a workbook: " + workbook.error()));
        return;
    }
    exchange.reply().download(std::move(*workbook),
                              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                              name + ".xlsx");
}

} // namespace finsam
