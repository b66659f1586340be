import os
import re
from setuptools import find_packages, setup

here = os.path.abspath(os.path.dirname(__file__))
with open(os.path.join(here, "README.md"), encoding="utf-8") as f:
    long_description = f.read()
with open(os.path.join(here, "mylib", "__init__.py")) as f:
    version = re.search(r'__version__ = "(.+)"', f.read()).group(1)

setup(
    name="mylib",
    version=version,
    long_description=long_description,
    packages=find_packages(exclude=["tests"]),
    install_requires=["numpy>=1.24", "requests>=2.31"],
    url="https://github.com/acme/mylib",
)
