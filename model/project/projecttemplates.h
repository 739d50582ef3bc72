#pragma once

#include "model/planning/tasktemplates.h"
#include "model/store/templatesreader.h"

namespace uproot {

// A task template set as a project stores it (each template's JSON under its identifier, the rules in order),
// and back. Reading checks each definition as a template file is checked, so a damaged copy is refused with
// the template named rather than planned from.
StoredTemplateSet storedTemplates(const TaskTemplates &set);
// An empty stored set is the shipped one (TaskTemplates::builtin()).
bool templatesFromStore(const StoredTemplateSet &stored, TaskTemplates *out, QString *error);

// What changed from one set to the other, for the audit trail: the templates added or removed, and per
// template the steps added, removed, reordered or changed (title, phase, days, the steps it follows); then
// the rules.
QString describeTemplateChanges(const TaskTemplates &from, const TaskTemplates &to);

} // namespace uproot
