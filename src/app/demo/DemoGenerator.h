#pragma once

#include "domain/Date.h"
#include "domain/Timestamp.h"
#include "storage/DemoStore.h"

#include <string>

namespace finsam {

// The demo data set of `finsam demo`: fictional förbund with insatser and their reports,
// made from a fixed seed so that every run gives the same data. Generation is kept apart
// from the database (DemoStore writes what this makes) so that tests can look at a data set
// without writing one, and a large set is made one förbund at a time.

/// How much to make, and over which quarters.
struct DemoScale {
    int association_count = 1;
    int intervention_count = 12; // in all, spread evenly over the förbund
    Date first_quarter;          // the first day of the first quarter reported
    int quarter_count = 12;
    /// Every insats runs its whole time within the quarters (the national set's decade);
    /// otherwise most insatser carry on past the last one, as they do in a förbund today.
    bool interventions_end_within = false;
    /// The moment the data set describes: reports come in, are registered and reviewed
    /// before it, so the most recent ones are still waiting.
    Timestamp as_of;
};

/// One förbund, 12 insatser, the 12 quarters up to the last full quarter before `now`.
DemoScale small_demo_scale(Timestamp now);
/// 80 förbund, 1,000 insatser, the quarters of 2015–2024, described as of February 2025.
DemoScale national_demo_scale();
/// One förbund, 40 insatser, the quarters of 2023–2024, described as of February 2025: the
/// board report's benchmark (bench/board-report.sh).
DemoScale large_demo_scale();

/// The name of the förbund at `index` (from 0): `Samordningsförbundet Demo 01`...
std::string demo_association_name(int index);

/// The förbund at `index` (from 0) of the scale, named `name`.
DemoAssociation generate_demo_association(const DemoScale& scale, int index,
                                          const std::string& name);

} // namespace finsam
