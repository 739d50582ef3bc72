#include "model/detection/packageidentifier.h"

#include "model/translation.h"

#include <QVarLengthArray>

#include <algorithm>
#include <optional>
#include <string_view>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(Detector)

namespace {

// Architectures as rpm names them (the last dot-separated part of name-version-release.arch). Elbrus (e2k) is
// here because Kaspersky ships Linux packages for it.
constexpr std::u16string_view kRpmArchitectures[] = {
    u"x86_64",  u"i386",   u"i486",      u"i586",      u"i686",    u"athlon", u"noarch",     u"aarch64",
    u"armv7hl", u"armv7l", u"armv6hl",   u"armhfp",    u"ppc64le", u"ppc64",  u"ppc",        u"s390x",
    u"s390",    u"e2k",    u"e2kv4",     u"e2kv5",     u"e2kv6",   u"mipsel", u"mips64el",   u"riscv64",
    u"src",     u"nosrc",  u"x86_64_v2", u"x86_64_v3", u"sparc64", u"ia64",   u"loongarch64"};

// Architectures as dpkg names them (after the colon of name:arch, in dpkg -l and apt list columns, in
// name_version_arch.deb).
constexpr std::u16string_view kDpkgArchitectures[] = {
    u"amd64",   u"i386",    u"arm64",     u"armhf",      u"armel",          u"all",           u"mips64el",
    u"mipsel",  u"ppc64el", u"ppc64",     u"powerpc",    u"s390x",          u"riscv64",       u"x32",
    u"loong64", u"e2k",     u"hurd-i386", u"hurd-amd64", u"kfreebsd-amd64", u"kfreebsd-i386", u"alpha",
    u"hppa",    u"ia64",    u"m68k",      u"sh4",        u"sparc64"};

template <std::size_t N> bool isOneOf(QStringView word, const std::u16string_view (&list)[N])
{
    for (const std::u16string_view &entry : list) {
        if (word == QStringView(entry.data(), qsizetype(entry.size())))
            return true;
    }
    return false;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isLowerAlnum(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'z');
}

bool allOf(QStringView text, bool (*accept)(QChar))
{
    for (QChar c : text) {
        if (!accept(c))
            return false;
    }
    return true;
}

// Debian's and rpm's rules for package names, folded: a letter or digit, then letters, digits and + . _ -.
bool isPackageName(QStringView name)
{
    return !name.isEmpty() && isLowerAlnum(name.front()) && allOf(name, [](QChar c) {
        return isLowerAlnum(c) || c == u'+' || c == u'.' || c == u'_' || c == u'-';
    });
}

// [epoch:]version as rpm, dpkg, pacman and Homebrew print it. The version must begin with a digit: that is
// what tells "kesl-gui" (a package) from "kesl-12.0.0-6672" (kesl at a version).
bool isVersion(QStringView text)
{
    QStringView version = text;
    if (const qsizetype colon = text.indexOf(u':'); colon >= 0) {
        const QStringView epoch = text.left(colon);
        if (epoch.isEmpty() || !allOf(epoch, isDigit))
            return false;
        version = text.mid(colon + 1);
    }
    return !version.isEmpty() && isDigit(version.front()) && allOf(version, [](QChar c) {
        return isLowerAlnum(c) || c == u'.' || c == u'+' || c == u'~' || c == u'_' || c == u'-' || c == u':';
    });
}

// rpm's release ("4490", "1.el8", "0.rc1"): no dashes, and beginning with a digit as packagers write it.
bool isRelease(QStringView text)
{
    return !text.isEmpty() && isDigit(text.front()) && allOf(text, [](QChar c) {
        return isLowerAlnum(c) || c == u'.' || c == u'_' || c == u'+' || c == u'~';
    });
}

// "now", "stable,now", "jammy-updates,now": the suites apt list prints after the slash.
bool isSuiteList(QStringView text)
{
    return !text.isEmpty() && allOf(text, [](QChar c) {
        return isLowerAlnum(c) || c == u',' || c == u'-' || c == u'.' || c == u'+' || c == u'~' || c == u'_';
    });
}

// The two or three status letters dpkg -l prints first: desired (u, i, h, r, p), current (n, c, H, U, F, W,
// t, i) and an optional error flag (R), folded to lower case.
bool isDpkgStatus(QStringView text)
{
    static constexpr std::u16string_view desired = u"uihrp";
    static constexpr std::u16string_view current = u"nchufwti";
    if (text.size() < 2 || text.size() > 3)
        return false;
    if (desired.find(text[0].unicode()) == std::u16string_view::npos ||
        current.find(text[1].unicode()) == std::u16string_view::npos)
        return false;
    return text.size() == 2 || text[2] == u'r';
}

// After Homebrew's '@': a version ("python@3.11", "kaleidoscope@3") or a channel word ("firefox@esr",
// "keepassxc@beta"). A channel word has no dot, so an e-mail address is not taken for a formula.
bool isHomebrewSuffix(QStringView text)
{
    if (text.isEmpty())
        return false;
    if (isDigit(text.front()))
        return isVersion(text);
    return allOf(text, [](QChar c) { return isLowerAlnum(c) || c == u'-'; });
}

// name-[epoch:]version-release[.arch], read from the right as rpm does, so dashes stay in the name.
std::optional<QStringView> rpmName(QStringView text)
{
    QStringView body = text;
    if (const qsizetype dot = body.lastIndexOf(u'.');
        dot > 0 && isOneOf(body.mid(dot + 1), kRpmArchitectures))
        body = body.left(dot);
    const qsizetype release = body.lastIndexOf(u'-');
    if (release <= 0 || !isRelease(body.mid(release + 1)))
        return std::nullopt;
    const qsizetype version = body.left(release).lastIndexOf(u'-');
    if (version <= 0 || !isVersion(body.mid(version + 1, release - version - 1)))
        return std::nullopt;
    return body.left(version);
}

// name_version_arch, the file name of a .deb (dpkg-name's form).
std::optional<QStringView> debFileName(QStringView text)
{
    const qsizetype first = text.indexOf(u'_');
    const qsizetype last = text.lastIndexOf(u'_');
    if (first <= 0 || last <= first + 1)
        return std::nullopt;
    if (!isVersion(text.mid(first + 1, last - first - 1)) || !isOneOf(text.mid(last + 1), kDpkgArchitectures))
        return std::nullopt;
    return text.left(first);
}

// name:arch, as dpkg and apt print a package of a foreign (or, in newer dpkg, any) architecture.
std::optional<QStringView> withoutDpkgArchitecture(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0 || text.indexOf(u':', colon + 1) >= 0 || !isOneOf(text.mid(colon + 1), kDpkgArchitectures))
        return std::nullopt;
    return text.left(colon);
}

// name.arch, as dnf and yum list print it.
std::optional<QStringView> withoutRpmArchitecture(QStringView text)
{
    const qsizetype dot = text.lastIndexOf(u'.');
    if (dot <= 0 || !isOneOf(text.mid(dot + 1), kRpmArchitectures))
        return std::nullopt;
    return text.left(dot);
}

struct Reading
{
    QStringView name;
    PackageIdentifier::Form form;
};

std::optional<Reading> readWord(QStringView word)
{
    using Form = PackageIdentifier::Form;
    if (word.endsWith(QLatin1String(".rpm"))) {
        if (const auto name = rpmName(word.chopped(4)))
            return Reading{*name, Form::Rpm};
        return std::nullopt;
    }
    if (word.endsWith(QLatin1String(".deb"))) {
        if (const auto name = debFileName(word.chopped(4)))
            return Reading{*name, Form::Dpkg};
        return std::nullopt;
    }
    if (const auto name = rpmName(word))
        return Reading{*name, Form::Rpm};
    if (const auto name = withoutRpmArchitecture(word))
        return Reading{*name, Form::Rpm};
    if (const auto name = withoutDpkgArchitecture(word))
        return Reading{*name, Form::Dpkg};
    if (const auto name = debFileName(word))
        return Reading{*name, Form::Dpkg};
    if (const qsizetype equals = word.indexOf(u'='); equals > 0 && isVersion(word.mid(equals + 1)))
        return Reading{word.left(equals), Form::Apt};
    // Homebrew: a tap-qualified name ("homebrew/cask/name", "user/tap/name"), then an optional @version.
    QStringView rest = word;
    bool tapped = false;
    if (const QList<QStringView> parts = word.split(u'/'); parts.size() == 3) {
        tapped = std::none_of(parts.cbegin(), parts.cend(), [](QStringView part) { return part.isEmpty(); });
        if (tapped)
            rest = parts.last();
    }
    if (const qsizetype at = rest.lastIndexOf(u'@'); at > 0 && isHomebrewSuffix(rest.mid(at + 1)))
        return Reading{rest.left(at), Form::Homebrew};
    if (tapped)
        return Reading{rest, Form::Homebrew};
    return std::nullopt;
}

std::optional<Reading> readWords(QStringView text)
{
    using Form = PackageIdentifier::Form;
    QVarLengthArray<QStringView, 8> words;
    for (const QStringView word : text.tokenize(u' ', Qt::SkipEmptyParts)) {
        words.append(word);
        if (words.size() > 16) // no package manager prints a line this long; a sentence is no identifier
            return std::nullopt;
    }
    if (words.size() < 2)
        return std::nullopt;
    if (words.size() == 2 && words[0] == QLatin1String("package-id:"))
        return Reading{words[1], Form::Pkgutil};
    // dpkg -l: "ii  kesl:amd64  12.0.0-6672  amd64  Kaspersky Endpoint Security for Linux"
    if (words.size() >= 3 && isDpkgStatus(words[0]) && isVersion(words[2]))
        return Reading{withoutDpkgArchitecture(words[1]).value_or(words[1]), Form::Dpkg};
    // apt list: "kesl/stable,now 12.0.0-6672 amd64 [installed]"
    if (const qsizetype slash = words[0].indexOf(u'/');
        slash > 0 && words.size() >= 3 && isSuiteList(words[0].mid(slash + 1)) && isVersion(words[1]) &&
        isOneOf(words[2], kDpkgArchitectures))
        return Reading{words[0].left(slash), Form::Apt};
    if (!isVersion(words[1]))
        return std::nullopt;
    // dnf and yum list: "klnagent64.x86_64  14.0.0-4490  @System"
    if (const auto name = withoutRpmArchitecture(words[0]))
        return Reading{*name, Form::Rpm};
    if (words.size() == 2) {
        // dpkg-query -W -f '${binary:Package} ${Version}': "kesl:amd64 12.0.0-6672"
        if (const auto name = withoutDpkgArchitecture(words[0]))
            return Reading{*name, Form::Dpkg};
        return Reading{words[0], Form::NameVersion};
    }
    // brew list --versions with several versions installed: "kesl 12.0.0 12.1.0"
    for (qsizetype i = 2; i < words.size(); ++i) {
        if (!isVersion(words[i]))
            return std::nullopt;
    }
    return Reading{words[0], Form::Homebrew};
}

} // namespace

QList<PackageIdentifier> PackageIdentifier::read(QStringView folded, bool wholeValue)
{
    QList<PackageIdentifier> readings;
    if (folded.isEmpty())
        return readings;
    const bool oneWord = !folded.contains(u' ');
    const std::optional<Reading> reading = oneWord ? readWord(folded) : readWords(folded);
    if (reading && isPackageName(reading->name))
        readings.append({reading->name.toString(), reading->form});
    if (oneWord || wholeValue)
        readings.append({folded.toString(), Form::Plain});
    return readings;
}

bool PackageIdentifier::isReverseDns(QStringView name)
{
    if (name.size() < 3 || !(name.front() >= u'a' && name.front() <= u'z') || name.back() == u'.' ||
        !name.contains(u'.') || name.contains(QLatin1String("..")))
        return false;
    return allOf(name, [](QChar c) { return isLowerAlnum(c) || c == u'.' || c == u'-' || c == u'_'; });
}

QString toString(PackageIdentifier::Form form)
{
    using Form = PackageIdentifier::Form;
    switch (form) {
    case Form::Plain:
        return QString();
    case Form::Rpm:
        return QStringLiteral("rpm");
    case Form::Dpkg:
        return QStringLiteral("dpkg");
    case Form::Apt:
        return QStringLiteral("apt");
    case Form::NameVersion:
        return tr("name and version");
    case Form::Homebrew:
        return QStringLiteral("Homebrew");
    case Form::Pkgutil:
        return QStringLiteral("pkgutil");
    }
    return QString();
}

} // namespace uproot
