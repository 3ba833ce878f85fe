# os.environ is a live mapping of the process environment; os.path basics.
import os

os.environ["UPDRAFT_TEST_VAR"] = "42"
print(os.environ["UPDRAFT_TEST_VAR"], os.getenv("UPDRAFT_TEST_VAR"), "UPDRAFT_TEST_VAR" in os.environ)
print(os.environ.get("UPDRAFT_SURELY_UNSET"), os.getenv("UPDRAFT_SURELY_UNSET", "dflt"))
del os.environ["UPDRAFT_TEST_VAR"]
print("UPDRAFT_TEST_VAR" in os.environ, os.environ.get("UPDRAFT_TEST_VAR", "gone"))
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    os.environ["UPDRAFT_SURELY_UNSET"]
except KeyError as e:
    print("KeyError:", e)
print(os.environ.setdefault("UPDRAFT_T2", "v"), os.environ.pop("UPDRAFT_T2"), os.environ.pop("UPDRAFT_T2", None))
print(os.path.join("a", "b", "c.py"), os.path.join("/x", "/y"), os.path.basename("/a/b/c.py"), os.path.dirname("/a/b/c.py"))
print(os.path.splitext("dir/file.tar.gz"), os.path.splitext(".bashrc"), os.path.dirname("c.py"), os.sep)
print(os.path.exists("os_environ.py"), os.path.isdir("."), os.path.isfile("."), type(os.cpu_count()).__name__)
