// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include "arguments.h"
#include "charactercommand.h"
#include "checkcommand.h"
#include "reportcommand.h"
#include "developcommand.h"
#include "exportcommand.h"
#include "fountaincommand.h"
#include "generatecommand.h"
#include "jobcommand.h"
#include "importcommand.h"
#include "scenecommand.h"
#include "scriptcommand.h"
#include "searchcommand.h"
#include "versioncommand.h"

#include <core/catalog.h>

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Spielberg {

CliApp::CliApp(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString CliApp::usage()
{
    return uR"(usage: spielberg-cli [GLOBAL OPTIONS] COMMAND [ARGS]

Global options (anywhere on the line):
  --db PATH              the library database (else $SPIELBERG_DB, else the account's default)
  --json                 machine-readable output on stdout
  --provider NAME        anthropic | openai
  --base-url URL         the provider's base URL
  --model NAME           the model to use
  --help                 this text
  --version              the program's version (alone on the line)

Commands:
  character add --name N [--personality ..] [--goals ..] [--voice ..] [--backstory ..]
  character list | show ID | update ID [--name ..] [...] | delete ID
  script create --title T [--logline ..] [--genre G] [--tone T] [--format F] [--character ID]...
  script list | show ID | delete ID | attach ID CHARACTER_ID | detach ID CHARACTER_ID
  version list SCRIPT | show SCRIPT [N] | add SCRIPT --file F [--note ..] | restore SCRIPT N
  version diff SCRIPT A B         a unified diff (--json: equal/delete/insert lines)
  version lock SCRIPT N           version N becomes the locked white draft of revisions
  scene list SCRIPT [--version N] | update SCENE_ID [--setting ..] [--goal ..] [--tension ..] [--tone ..]
  scene lock SCENE_ID | unlock SCENE_ID | takes SCENE_ID | choose SCENE_ID TAKE
  search QUERY [--limit N]        scripts, newest versions and characters, best first
  generate SCRIPT --prompt P [--wait]               a new version of the script, by the model
  regenerate-scene SCENE_ID [--prompt P] [--takes K] [--wait]
                                  a new version with only that scene rewritten (K takes: choose one)
  develop SCRIPT [--prompt P] [--step characters|outline|scenes|all] [--scenes N] [--parallel N]
                 [--resume] [--estimate] [--wait]   the story engine: cast, outline, then every scene
  check SCRIPT [--version N]      continuity findings: unknown cues, one character under several names…
  report SCRIPT [--version N] --kind characters|locations|scenes [--csv]
                                  a breakdown per character, location or scene (--csv: RFC 4180)
  quick --prompt P [--format F] [--genre G] [--tone T] [--character ID]... [--wait]
  job list [--status S] | show ID | cancel ID | retry ID | continue ID | run [--until-empty]
  import FILE.fountain|FILE.fdx [--title T]          a new script: version 1 and its scenes
  export SCRIPT [--version N] --output FILE.pdf|FILE.fountain|FILE.fdx [--paper letter|a4]
         [--revision-base N [--color C]]   a PDF marked (*) against locked version N, coloured pages
  fountain parse FILE --json      the element list of a Fountain or FDX file
  fountain stats FILE [--paper letter|a4] [--json]   pages, scenes, words, characters
  fountain export FILE --output FILE.pdf|FILE.fdx|FILE.fountain [--paper letter|a4]

Generation: keys come from ANTHROPIC_API_KEY / OPENAI_API_KEY, else the system keychain.
Without --wait a job is only queued: the app or `job run` runs it.

Exit codes: 0 success, 1 runtime error or refused input, 2 usage error.
)"_s + u"\nGenres:  "_s
        + Catalog::genres().join(u", "_s) + u"\nTones:   "_s + Catalog::tones().join(u", "_s)
        + u"\nFormats: "_s + Catalog::formats().join(u", "_s) + u'\n';
}

int CliApp::fail(int code, const QString &message)
{
    m_err << "spielberg-cli: " << message << Qt::endl;
    return code;
}

int CliApp::run(const QStringList &args)
{
    if (args == QStringList{u"--version"_s}) {
        m_out << "spielberg-cli " << SPIELBERG_VERSION << Qt::endl;
        return Success;
    }
    if (args.isEmpty()) {
        m_err << usage();
        return UsageError;
    }
    const Result<Arguments> parsed = Arguments::parse(args);
    if (!parsed) {
        return fail(UsageError, parsed.error().message + u" (see --help)"_s);
    }
    const Arguments &arguments = *parsed;
    if (arguments.has(u"help"_s)) {
        m_out << usage();
        return Success;
    }
    const QString command = arguments.word(0);
    if (command.isEmpty()) {
        return fail(UsageError, u"no command given (see --help)"_s);
    }
    if (command == u"character"_s) {
        return CharacterCommand(m_out, m_err).run(arguments);
    }
    if (command == u"script"_s) {
        return ScriptCommand(m_out, m_err).run(arguments);
    }
    if (command == u"version"_s) {
        return VersionCommand(m_out, m_err).run(arguments);
    }
    if (command == u"scene"_s) {
        return SceneCommand(m_out, m_err).run(arguments);
    }
    if (command == u"search"_s) {
        return SearchCommand(m_out, m_err).run(arguments);
    }
    if (command == u"generate"_s || command == u"regenerate-scene"_s || command == u"quick"_s) {
        return GenerateCommand(m_out, m_err).run(arguments);
    }
    if (command == u"job"_s) {
        return JobCommand(m_out, m_err).run(arguments);
    }
    if (command == u"develop"_s) {
        return DevelopCommand(m_out, m_err).run(arguments);
    }
    if (command == u"check"_s) {
        return CheckCommand(m_out, m_err).run(arguments);
    }
    if (command == u"report"_s) {
        return ReportCommand(m_out, m_err).run(arguments);
    }
    if (command == u"import"_s) {
        return ImportCommand(m_out, m_err).run(arguments);
    }
    if (command == u"export"_s) {
        return ExportCommand(m_out, m_err).run(arguments);
    }
    if (command == u"fountain"_s) {
        return FountainCommand(m_out, m_err).run(arguments);
    }
    return fail(UsageError, u"unknown command '%1' (see --help)"_s.arg(command));
}

} // namespace Spielberg
