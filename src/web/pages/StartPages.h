#pragma once

#include "app/startpages/BoardNews.h"
#include "app/startpages/KansliWork.h"
#include "app/startpages/OwnerToDo.h"
#include "app/startpages/StartPage.h"

#include <mstch/mstch.hpp>

namespace finsam {

/// start_owner.mustache's view model: the reports to write with their deadlines (overdue
/// marked), the komplettering requests with the kansli's comment, and the drafts.
mstch::map owner_start_page(const OwnerToDo& to_do);

/// start_kansli.mustache's view model: reports to register, to review, overdue, and waiting
/// for komplettering.
mstch::map kansli_start_page(const KansliWork& work);

/// start_board.mustache's view model: the day chosen and the reports reviewed since.
mstch::map board_start_page(const BoardNews& news);

} // namespace finsam
