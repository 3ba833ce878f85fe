# Helper module imported by import_helpers.py.
import geometry_helper
def shout(s):
    return s.upper() + "!"
def whisper(s):
    return s.lower() + "..."
def describe_rect(w, h):
    return "rect %dx%d area=%d" % (w, h, geometry_helper.Rect(w, h).area())
if __name__ == "__main__":
    print("strings_helper run as main")
else:
    print("strings_helper imported as", __name__)
