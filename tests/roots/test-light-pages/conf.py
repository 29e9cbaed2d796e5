# A minimal project for the light-pages extension alone: diagrams as lazy images, described.
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent.parent.parent / "_ext"))

extensions = ["light_pages"]
graphviz_output_format = "svg"
