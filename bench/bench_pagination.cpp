// SPDX-License-Identifier: GPL-3.0-or-later
// Our page breaks against Final Draft's own pages (../shared/corpus/pagination): for each script,
// body pages and the share of pages that start and end with Final Draft's lines (goal: 95 % for
// Big Fish, every page for the others). Prints nothing when the corpus is absent.
#include "finaldraftpages.h"

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Spielberg;

int main()
{
    for (const QString &name : {u"big-fish"_s, u"little-women"_s, u"brick-n-steel"_s}) {
        const Test::Comparison c = Test::compare(name);
        if (c.finalDraftPages == 0) {
            continue;
        }
        const QByteArray id = QString(name).replace(u'-', u'_').toUtf8();
        std::printf("pagination_%s_pages %d pages %d\n", id.constData(), c.ourPages, c.finalDraftPages);
        std::printf("pagination_%s_matching %.0f %% -\n", id.constData(), 100.0 * c.samePages / c.finalDraftPages);
    }
    return 0;
}
