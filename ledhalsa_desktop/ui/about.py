"""The texts of 'About Ledhälsa': what the program is and is not, the libraries and the sources."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

LIBRARIES = (
    ("Qt 6 and Qt for Python (PySide6)", "LGPL v3"),
    ("SQLModel", "MIT"),
    ("SQLAlchemy", "MIT"),
    ("Alembic", "MIT"),
    ("Pydantic", "MIT"),
    ("Python", "PSF License"),
)

SOURCES = (
    "Skou & Roos 2017, GLA:D (BMC Musculoskeletal Disorders 18:72)",
    "Fransen et al. 2015, Cochrane review: exercise for knee osteoarthritis",
    "Bannuru et al. 2019, OARSI guidelines for non-surgical management",
    "Thomeé 1997; Ageberg et al. 2010, pain monitoring and NEMEX",
    "Rikli & Jones 1999, Senior Fitness Test norms",
    "Ho-Henriksson et al. 2024, self-administered 30-second chair stand test",
    "Springer et al. 2007, single-leg stance norms",
    "NICE NG226, osteoarthritis in over 16s",
    "1177 Vårdguiden, Artros",
)


def about_text() -> str:
    return QCoreApplication.translate(
        "About",
        "Ledhälsa is an exercise program for people with osteoarthritis, built on the same principles as "
        "structured programs such as GLA:D and BOA. It is not a medical product and does not replace "
        "healthcare. If you have severe or worsening symptoms, contact healthcare: in Sweden, call 1177.",
    )


def licences_text() -> str:
    public_domain = QCoreApplication.translate("About", "public domain")
    rows = [*LIBRARIES, ("SQLite", public_domain)]
    return "\n".join(f"{name}: {licence}" for name, licence in rows)


def sources_text() -> str:
    return "\n".join(SOURCES)
