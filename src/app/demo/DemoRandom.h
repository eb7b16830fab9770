#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace finsam {

/// The random draws of the demo data (SplitMix64). The standard library's distributions are
/// not specified to the bit, so another standard library could make another data set from
/// the same seed; these draws depend on the seed alone (and, for poisson(), on std::exp).
class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next();
    /// In [0, 1).
    double unit();
    /// In [low, high], both included.
    int between(int low, int high);
    bool chance(double probability);
    /// How many of `trials` happen, each with `probability`.
    int binomial(int trials, double probability);
    /// A count with this mean (Poisson), for arrivals; meant for small means.
    int poisson(double mean);
    /// An index into `weights`, each drawn in proportion to its weight.
    std::size_t weighted(std::span<const double> weights);

private:
    std::uint64_t m_state;
};

/// A seed of its own for each part of the data set, so that one förbund or insats comes
/// out the same however many others are made before it.
std::uint64_t demo_seed(std::uint64_t base, std::uint64_t part);

} // namespace finsam
