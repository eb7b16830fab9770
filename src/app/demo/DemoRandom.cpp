#include "app/demo/DemoRandom.h"

#include <cmath>
#include <numeric>

namespace finsam {

std::uint64_t DemoRandom::next() {
    m_state += 0x9e3779b97f4a7c15ULL;
    std::uint64_t mixed = m_state;
    mixed = (mixed ^ (mixed >> 30)) * 0xbf58476d1ce4e5b9ULL;
    mixed = (mixed ^ (mixed >> 27)) * 0x94d049bb133111ebULL;
    return mixed ^ (mixed >> 31);
}

double DemoRandom::unit() {
    // The top 53 bits: every double in [0, 1) that a 53-bit mantissa can hold evenly spaced.
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

int DemoRandom::between(int low, int high) {
    const auto span = static_cast<std::uint64_t>(high - low) + 1;
    return low + static_cast<int>(next() % span);
}

bool DemoRandom::chance(double probability) {
    return unit() < probability;
}

int DemoRandom::binomial(int trials, double probability) {
    int happened = 0;
    for (int trial = 0; trial < trials; ++trial)
        happened += chance(probability) ? 1 : 0;
    return happened;
}

int DemoRandom::poisson(double mean) {
    // Knuth's method: multiply uniform draws until the product falls below e^-mean.
    const double limit = std::exp(-mean);
    int count = 0;
    double product = unit();
    while (product > limit) {
        ++count;
        product *= unit();
    }
    return count;
}

std::size_t DemoRandom::weighted(std::span<const double> weights) {
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    double point = unit() * total;
    for (std::size_t index = 0; index < weights.size(); ++index) {
        if (point < weights[index])
            return index;
        point -= weights[index];
    }
    return weights.size() - 1;
}

std::uint64_t demo_seed(std::uint64_t base, std::uint64_t part) {
    DemoRandom mixer(base ^ (part * 0xd1b54a32d192ed03ULL));
    return mixer.next();
}

} // namespace finsam
