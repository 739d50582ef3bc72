#pragma once

namespace uproot {

// Registers the data compiled into the program (directive catalogs, task templates) with Qt's resource
// system, once. Every reader of ":/..." calls it first: the data lives in a shared library that nothing else
// references, so without the call the linker would leave the library out and ":/directives" would be empty.
void ensureBuiltinDataLoaded();

} // namespace uproot
