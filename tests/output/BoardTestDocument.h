#pragma once

#include "output/BoardDocument.h"

#include <chrono>

namespace finsam::testing {

/// Which copy of the board report a test document is.
enum class BoardCopy { Board, Kansli };

inline Date board_test_date(int year, unsigned month, unsigned day) {
    return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

inline BoardCount board_count(double value) {
    return BoardCount{value};
}

/// A small count as the use case leaves it: hidden in the board's copy (without its value),
/// shown and marked in the kansli's.
inline BoardCount board_small_count(double value, BoardCopy copy) {
    if (copy == BoardCopy::Board)
        return BoardCount{std::nullopt, true};
    return BoardCount{value, false, true};
}

inline constexpr const char* k_board_individual = "Kärnhuset 2.0";
inline constexpr const char* k_board_structural = "Samverkan för unga <script>alert('x')</script>";
inline constexpr const char* k_board_other = "Studiecirkel Hälsa";
inline constexpr const char* k_board_script_text = "Ett stycke med <script>alert(1)</script> & "
                                                   "\"citat\" i.";
inline constexpr const char* k_board_missing_report = "Kvartalsrapport 2022 kvartal 2 saknas";
/// A hidden point's value the use case left on it in the board's copy: unlike every other
/// figure of the document, so that a test finds it wherever a format writes it.
inline constexpr double k_board_hidden_chart_value = 613;
inline constexpr const char* k_board_hidden_chart_text = "613";

/// Kärnhuset's key figures over three quarters; "Avslutade" hidden in the middle one in the
/// board's copy (a gap in its line), shown in the kansli's.
inline BoardChart board_test_chart(BoardCopy copy) {
    const Date december = board_test_date(2021, 12, 31);
    const Date march = board_test_date(2022, 3, 31);
    const Date june = board_test_date(2022, 6, 30);
    const bool board = copy == BoardCopy::Board;
    BoardChartPoint middle_ended{march, board ? k_board_hidden_chart_value : 2.0, board};
    return BoardChart{
        "Nyckeltal per kvartal",
        {BoardChartSeries{"Deltagare totalt",
                          {{december, 14.0, false}, {march, 19.0, false}, {june, 23.0, false}}},
         BoardChartSeries{"Aktiva",
                          {{december, 9.0, false}, {march, 14.0, false}, {june, 12.0, false}}},
         BoardChartSeries{"Avslutade",
                          {{december, 5.0, false}, middle_ended, {june, 11.0, false}}}}};
}

/// A board report of three insatser (one individual, one structural, one of unknown kind),
/// with a hidden count, marked and unconfirmed figures in the kansli's copy, goals, lessons
/// an attention item and a chart with a hidden point; Swedish characters and markup in its texts.
inline BoardDocument board_test_document(BoardCopy copy) {
    const bool kansli = copy == BoardCopy::Kansli;
    BoardDocument document;
    document.title = "Projektredovisning";
    document.association = "Samordningsförbundet Gävleborg";
    document.period = Period{board_test_date(2022, 1, 1), board_test_date(2022, 6, 30)};
    document.period_label = "2022 halvår 1";
    document.made_on = board_test_date(2022, 9, 15);
    document.kansli_copy = kansli;
    document.small_count_threshold = 5;

    BoardSummaryRow individual;
    individual.name = k_board_individual;
    individual.intervention_id = 1;
    individual.owner = "Sandvikens kommun";
    individual.period = Period{board_test_date(2021, 1, 1), board_test_date(2023, 2, 28)};
    individual.kind = InterventionKind::Individual;
    individual.granted_sek = 1200000;
    individual.used_sek = 964997;
    individual.participants_total = board_count(23);
    individual.participants_active = board_count(12);
    individual.participants_active.unconfirmed = kansli;
    individual.participants_ended = board_count(11);
    individual.women = board_count(20);
    // A hidden count the use case left its value on: the formats must still not show it.
    individual.men = BoardCount{3.0, !kansli, kansli};
    individual.ended_to_work_or_studies = board_small_count(4, copy);
    individual.goals_reached = 1;
    individual.goals_judged = 2;
    individual.goals = 3;
    individual.reports_missing = 1;

    BoardSummaryRow structural;
    structural.name = k_board_structural;
    structural.intervention_id = 2;
    structural.owner = "Region Gävleborg & Hudiksvalls kommun";
    structural.kind = InterventionKind::Structural;
    structural.granted_sek = 250000;

    BoardSummaryRow other;
    other.name = k_board_other;
    other.intervention_id = 3;
    other.kind = InterventionKind::Unknown;
    document.summary = {individual, structural, other};

    BoardIntervention individual_part;
    individual_part.name = k_board_individual;
    individual_part.intervention_id = 1;
    individual_part.owner = individual.owner;
    individual_part.period = individual.period;
    individual_part.kind = InterventionKind::Individual;
    individual_part.source = "Slutrapport 2021-01-01 – 2023-02-28";
    individual_part.sections = {
        BoardSection{
            "bakgrund", "Bakgrund",
            std::string("Många står långt från arbetsmarknaden.\n\n") + k_board_script_text, false},
        BoardSection{"syfte", "Syfte", "Att öka deltagarnas aktivitetsnivå.", true},
    };
    individual_part.goals = {
        BoardGoal{"30 % av deltagarna har fått arbete eller påbörjat studier", 30.0, 25.0, true,
                  false, false, GoalStatus::OnTheWay, Trend::Up},
        BoardGoal{"Totalt 45 deltagare", 45.0, kansli ? std::optional<double>(3.0) : std::nullopt,
                  false, !kansli, kansli, GoalStatus::Behind, Trend::Unchanged},
        BoardGoal{"Ökad självkänsla", std::nullopt, std::nullopt, false, false, false,
                  GoalStatus::NotJudged, Trend::Unknown},
    };
    individual_part.chart = board_test_chart(copy);

    BoardIntervention structural_part;
    structural_part.name = k_board_structural;
    structural_part.intervention_id = 2;
    structural_part.owner = structural.owner;
    structural_part.kind = InterventionKind::Structural;
    structural_part.goals = {BoardGoal{"En gemensam mötesmodell är införd", std::nullopt,
                                       std::nullopt, false, false, false, GoalStatus::NotJudged,
                                       Trend::Unknown}};

    BoardIntervention other_part;
    other_part.name = k_board_other;
    other_part.intervention_id = 3;
    other_part.kind = InterventionKind::Unknown;
    other_part.source = "Kvartalsrapport 2022 kvartal 2";
    other_part.sections = {BoardSection{"resultat", "Resultat", "Åtta träffar hölls.", false}};
    document.interventions = {individual_part, structural_part, other_part};

    document.lessons = {
        BoardLessons{k_board_individual,
                     {BoardSection{"framgangsfaktorer", "Framgångsfaktorer",
                                   "Nära samverkan med Arbetsförmedlingen.", false}}},
        BoardLessons{k_board_structural,
                     {BoardSection{"systemfel", "Identifierade systemfel",
                                   "Långa väntetider i vården.", false}}},
    };
    if (kansli) {
        document.attention = {BoardAttention{k_board_individual, k_board_missing_report},
                              BoardAttention{"", "Två insatser anger olika antal deltagare."}};
    }
    return document;
}

} // namespace finsam::testing
