#pragma once

namespace finsam {

/// Which server a connection talks to; SQL differs in a few places (see SqlDialect.h).
enum class DatabaseBackend { Sqlite, Postgresql };

} // namespace finsam
