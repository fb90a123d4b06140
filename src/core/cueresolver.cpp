// SPDX-License-Identifier: GPL-3.0-or-later
#include "cueresolver.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
const QSet<QString> &titles()
{
    static const QSet<QString> s{u"MR"_s, u"MRS"_s, u"MS"_s, u"MISS"_s, u"DR"_s, u"PROF"_s,
                                 u"SIR"_s, u"LADY"_s, u"LORD"_s, u"AUNT"_s, u"UNCLE"_s,
                                 u"CAPTAIN"_s, u"CAPT"_s, u"DETECTIVE"_s, u"DET"_s, u"SGT"_s,
                                 u"SERGEANT"_s, u"FATHER"_s, u"SISTER"_s, u"MADAME"_s, u"MME"_s};
    return s;
}

// Parts a screenplay casts without naming: the nouns of minor roles, in upper case.
const QSet<QString> &roleWords()
{
    static const QSet<QString> s{
        u"MAN"_s, u"WOMAN"_s, u"BOY"_s, u"GIRL"_s, u"KID"_s, u"CHILD"_s, u"BABY"_s, u"TEEN"_s,
        u"TEENAGER"_s, u"OLD"_s, u"YOUNG"_s, u"STRANGER"_s, u"VOICE"_s, u"VOICES"_s, u"CROWD"_s,
        u"ALL"_s, u"EVERYONE"_s, u"GUARD"_s, u"GUARDS"_s, u"WAITER"_s, u"WAITRESS"_s,
        u"BARTENDER"_s, u"BARISTA"_s, u"CLERK"_s, u"DRIVER"_s, u"CABBIE"_s, u"PILOT"_s,
        u"NURSE"_s, u"DOCTOR"_s, u"SURGEON"_s, u"PARAMEDIC"_s, u"OFFICER"_s, u"COP"_s,
        u"POLICE"_s, u"POLICEMAN"_s, u"POLICEWOMAN"_s, u"SOLDIER"_s, u"SOLDIERS"_s,
        u"SERGEANT"_s, u"AGENT"_s, u"DETECTIVE"_s, u"JUDGE"_s, u"LAWYER"_s, u"CLERK"_s,
        u"PRIEST"_s, u"NUN"_s, u"TEACHER"_s, u"STUDENT"_s, u"STUDENTS"_s, u"REPORTER"_s,
        u"JOURNALIST"_s, u"ANNOUNCER"_s, u"NARRATOR"_s, u"HOST"_s, u"RECEPTIONIST"_s,
        u"SECRETARY"_s, u"ASSISTANT"_s, u"MANAGER"_s, u"OWNER"_s, u"LANDLORD"_s,
        u"LANDLADY"_s, u"NEIGHBOR"_s, u"NEIGHBOUR"_s, u"PASSERBY"_s, u"PASSENGER"_s,
        u"CUSTOMER"_s, u"PATRON"_s, u"VENDOR"_s, u"SHOPKEEPER"_s, u"CASHIER"_s, u"BOUNCER"_s,
        u"SECURITY"_s, u"DISPATCHER"_s, u"OPERATOR"_s, u"RADIO"_s, u"TV"_s, u"PA"_s,
        u"INTERCOM"_s, u"PHONE"_s, u"SPEAKER"_s, u"THUG"_s, u"THUGS"_s, u"GOON"_s,
        u"HENCHMAN"_s, u"BYSTANDER"_s, u"WITNESS"_s, u"SERVANT"_s, u"MAID"_s, u"BUTLER"_s,
        u"CHEF"_s, u"COOK"_s, u"FARMER"_s, u"WORKER"_s, u"FOREMAN"_s, u"MINER"_s,
        u"SAILOR"_s, u"FISHERMAN"_s, u"MECHANIC"_s, u"TECHNICIAN"_s, u"TECH"_s,
        u"SCIENTIST"_s, u"ENGINEER"_s, u"INTERN"_s, u"GUEST"_s, u"GUESTS"_s, u"FAN"_s,
        u"SINGER"_s, u"DANCER"_s, u"MUSICIAN"_s, u"BAND"_s, u"PRISONER"_s, u"INMATE"_s,
        u"WARDEN"_s, u"GUIDE"_s, u"RANGER"_s, u"SHERIFF"_s, u"DEPUTY"_s, u"MARSHAL"_s,
        u"CONDUCTOR"_s, u"ATTENDANT"_s, u"STEWARD"_s, u"STEWARDESS"_s, u"USHER"_s,
        u"KING"_s, u"QUEEN"_s, u"PRINCE"_s, u"PRINCESS"_s, u"KNIGHT"_s, u"MESSENGER"_s,
        u"CLIENT"_s, u"PATIENT"_s, u"BOSS"_s, u"COWORKER"_s, u"COLLEAGUE"_s, u"FRIEND"_s,
        u"MOTHER"_s, u"MOM"_s, u"FATHER"_s, u"DAD"_s, u"SON"_s, u"DAUGHTER"_s, u"WIFE"_s,
        u"HUSBAND"_s, u"GRANDMOTHER"_s, u"GRANDFATHER"_s, u"GRANDMA"_s, u"GRANDPA"_s,
    };
    return s;
}

QStringList wordsOf(const QString &upper)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}'#]+"_s);
    QStringList words = upper.split(separators, Qt::SkipEmptyParts);
    for (QString &w : words) {
        w.remove(u'\'');
    }
    words.removeAll(QString());
    return words;
}

QStringList withoutTitles(QStringList words)
{
    while (words.size() > 1 && titles().contains(words.first())) {
        words.removeFirst();
    }
    return words;
}
} // namespace

CueResolver::CueResolver(const QStringList &bibleNames)
    : m_names(bibleNames)
{
    m_words.reserve(bibleNames.size());
    for (const QString &name : bibleNames) {
        m_words.append(withoutTitles(wordsOf(name.toUpper())));
    }
}

QString CueResolver::bareCue(const QString &cue)
{
    QString text = cue.trimmed();
    static const QRegularExpression extensions(u"\\s*\\([^)]*\\)"_s);
    text.remove(extensions);
    text = text.trimmed();
    if (text.startsWith(u'@')) {
        text.remove(0, 1);
    }
    if (text.endsWith(u'^')) {
        text.chop(1);
    }
    return text.trimmed().toUpper();
}

bool CueResolver::isMinorRole(const QString &bareCue)
{
    static const QRegularExpression numbered(u"(?:#\\s*\\d+|\\b\\d+)$"_s);
    const QStringList words = wordsOf(bareCue);
    if (words.isEmpty()) {
        return false;
    }
    for (const QString &word : words) {
        QString w = word;
        w.remove(u'#');
        if (roleWords().contains(w)) {
            return true;
        }
    }
    // "WOMAN #2", "GUARD 3": a numbered part.
    return numbered.match(bareCue).hasMatch() && words.size() > 1;
}

CueResolver::Resolution CueResolver::resolve(const QString &cue) const
{
    Resolution r;
    r.cue = bareCue(cue);
    const QStringList words = withoutTitles(wordsOf(r.cue));
    if (words.isEmpty()) {
        return r;
    }
    // The full name first, then a unique first or last name.
    for (int i = 0; i < m_words.size(); ++i) {
        if (!m_words[i].isEmpty() && m_words[i] == words) {
            r.character = i;
            return r;
        }
    }
    if (words.size() == 1) {
        // A first or a last name; shared by two characters, it names the first (still someone
        // the bible knows).
        for (int i = 0; i < m_words.size(); ++i) {
            const QStringList &name = m_words[i];
            if (!name.isEmpty() && (name.first() == words.first() || name.last() == words.first())) {
                r.character = i;
                return r;
            }
        }
    }
    r.minorRole = isMinorRole(r.cue);
    return r;
}

} // namespace Spielberg
