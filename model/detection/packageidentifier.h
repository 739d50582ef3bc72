#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace uproot {

// A package name or bundle identifier read out of an inventory value, with the form the value was in.
// Inventory tools copy what package managers print, so a name often arrives with its version, release, epoch
// and architecture attached ("klnagent64-14.0.0-4490.x86_64", "kesl:amd64", "kesl/stable,now 12.0.0-6672
// amd64 [installed]"), and in whatever column the tool had: package and bundle rules compare the name alone.
struct PackageIdentifier
{
    enum class Form {
        // The value itself: "kesl", "com.kaspersky.kav", a Homebrew formula or cask token.
        Plain,
        // rpm -qa: name-[epoch:]version-release[.arch][.rpm]; dnf and yum list: name.arch version.
        Rpm,
        // name:arch; a dpkg -l line; dpkg-query's "name:arch version"; a name_version_arch.deb file.
        Dpkg,
        // apt list: name/suite[,suite] version arch [flags]; apt-get's name=version.
        Apt,
        // pacman -Q, brew list --versions, dpkg-query -W: "name version".
        NameVersion,
        // name@version, a tap-qualified user/tap/name, a name followed by several versions.
        Homebrew,
        // pkgutil --pkg-info: "package-id: com.vendor.pkg".
        Pkgutil,
    };

    QString name; // folded, as rules compare it
    Form form = Form::Plain;

    // Every reading of a folded value (see foldText), the package managers' forms first, then the value
    // itself as Plain when it is one word or wholeValue is set. A name inside a form must look like a package
    // name, and versions must begin with a digit (after an epoch), so "kesl-gui" is the package kesl-gui and
    // not kesl at version "gui". Empty when the value has spaces and is in no form.
    static QList<PackageIdentifier> read(QStringView folded, bool wholeValue);

    // Whether a folded name is shaped like a reverse-DNS bundle identifier or Android package name
    // ("com.kaspersky.kav"). Bundle rules look beyond the bundle field only at such names, so that Maven's
    // "group:artifact" or a bill of materials' "group/name" is not taken for an application.
    static bool isReverseDns(QStringView name);
};

// The form's name for people ("rpm", "dpkg", "apt", "pkgutil", ...); empty for Plain.
QString toString(PackageIdentifier::Form form);

} // namespace uproot
