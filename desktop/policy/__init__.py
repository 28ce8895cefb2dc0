"""Organization policy: the settings hospital IT pre-sets, where they come from, and what wins.

`schema` defines and validates settings, `sources` reads them from the places management
tools write (Linux files, the Windows registry, macOS managed preferences), `effective`
applies the precedence (locked policy > the person's own setting > recommended policy >
built-in default), and `templates` generates Group Policy and configuration-profile samples.
Nothing here imports Qt.
"""

import logging

# A library's loggers stay quiet unless the application configures logging: the admin
# command prints problems itself and must not repeat them through logging's last resort.
logging.getLogger(__name__).addHandler(logging.NullHandler())
