# import of sibling helper modules, from-import with alias, module attributes, caching
print("before imports")
import geometry_helper
import geometry_helper as geo
from geometry_helper import area, perimeter as perim, Rect
from strings_helper import shout, whisper as quiet, describe_rect
import strings_helper
print(__name__)
print(geometry_helper is geo, geometry_helper.__name__, strings_helper.__name__)
print(round(area(2), 4), perim(3, 4), Rect(2, 5), Rect(2, 5).area())
print(geo.PI_ROUNDED, geometry_helper.loaded())
print(shout("hi"), quiet("HEY"), describe_rect(3, 7))
print(geo.bump(), geo.bump(), geometry_helper.counter)
from geometry_helper import counter
print(counter)
geo.bump()
print(counter, geo.counter)
geometry_helper.new_attr = "set from importer"
print(geo.new_attr)
import sys
print("geometry_helper" in sys.modules, "strings_helper" in sys.modules, sys.modules["geometry_helper"] is geo)
try:
    import no_such_module_anywhere
except ImportError as e:
    print(type(e).__name__, e)
try:
    from geometry_helper import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
print(hasattr(geo, "area"), hasattr(geo, "nothing"), callable(geo.area))
print(sorted(n for n in dir(geo) if not n.startswith("_"))[:6])
def use_inside():
    import geometry_helper as g2
    from math import sqrt
    return g2 is geo, sqrt(49)
print(use_inside())
