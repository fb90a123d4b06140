// SPDX-License-Identifier: GPL-3.0-or-later
// The closed sets of the data model: every value has one stored id and back, unknown ids are
// refused, and QTest prints the names.
#include <core/catalog.h>
#include <core/vocabulary.h>

#include <QMetaEnum>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_Vocabulary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void idsRoundTrip();
    void storedIdsAreTheContract();
    void unknownIdsAreRefused();
    void namesPrint();

private:
    template<typename E>
    void roundTrip()
    {
        const QMetaEnum meta = QMetaEnum::fromType<E>();
        QCOMPARE(allIds<E>().size(), meta.keyCount());
        for (int i = 0; i < meta.keyCount(); ++i) {
            const E value = E(meta.value(i));
            const QString id = toId(value);
            QVERIFY2(!id.isEmpty(), meta.key(i));
            QCOMPARE(fromId<E>(id), std::optional<E>(value));
        }
    }
};

void tst_Vocabulary::idsRoundTrip()
{
    roundTrip<JobStatus>();
    roundTrip<JobKind>();
    roundTrip<VersionOrigin>();
}

void tst_Vocabulary::storedIdsAreTheContract()
{
    // These strings are in every library file and in the command line's JSON: never renamed.
    QCOMPARE(allIds<JobStatus>(), (QStringList{u"pending"_s, u"running"_s, u"completed"_s, u"failed"_s,
                                               u"cancelled"_s, u"interrupted"_s}));
    QCOMPARE(allIds<JobKind>(), (QStringList{u"script"_s, u"scene"_s, u"quick"_s, u"develop"_s,
                                             u"characters"_s, u"outline"_s, u"scene_draft"_s}));
    QCOMPARE(allIds<VersionOrigin>(), (QStringList{u"manual"_s, u"generated"_s, u"scene_regenerated"_s,
                                                   u"imported"_s, u"restored"_s, u"outlined"_s,
                                                   u"developed"_s}));
    QCOMPARE(Catalog::jobStatuses(), allIds<JobStatus>());
}

void tst_Vocabulary::unknownIdsAreRefused()
{
    QCOMPARE(fromId<JobStatus>(u"done"), std::nullopt);
    QCOMPARE(fromId<JobStatus>(u"Running"), std::nullopt); // ids are lower case, exactly
    QCOMPARE(fromId<JobKind>(u"poem"), std::nullopt);
    QCOMPARE(fromId<VersionOrigin>(u""), std::nullopt);
    QVERIFY(!Catalog::check(u"job status", u"sleeping"_s, Catalog::jobStatuses()));
}

void tst_Vocabulary::namesPrint()
{
    QCOMPARE(QString::fromLatin1(QMetaEnum::fromType<JobStatus>().valueToKey(int(JobStatus::Cancelled))),
             u"Cancelled"_s);
    QCOMPARE(QString::fromLatin1(QMetaEnum::fromType<VersionOrigin>().valueToKey(int(VersionOrigin::SceneRegenerated))),
             u"SceneRegenerated"_s);
}

QTEST_GUILESS_MAIN(tst_Vocabulary)
#include "tst_vocabulary.moc"
