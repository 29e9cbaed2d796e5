# A minimal project for the {snippet} directive alone: no theme, no MyST, none of the site's other extensions.
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent.parent / "_ext"))

extensions = ["snippet"]
exclude_patterns = ["snippets"]
snippet_root = str(HERE / "snippets")
snippet_python_version = "3.13.0"
