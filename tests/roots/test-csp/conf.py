# A minimal project for the Content-Security-Policy extension alone.
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent.parent.parent / "_ext"))

extensions = ["csp"]
