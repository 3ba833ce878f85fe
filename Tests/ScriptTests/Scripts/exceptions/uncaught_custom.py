# Uncaught custom exception raised from nested calls after output; also `raise from`.
class ConfigError(Exception):
    pass
def load(settings):
    result = {}
    for k, v in settings.items():
        if not isinstance(v, int):
            raise TypeError("bad value for %s" % k)
        result[k] = v * 2
        print("loaded", k, result[k])
    return result
def configure(settings):
    try:
        return load(settings)
    except TypeError as e:
        raise ConfigError("configuration failed") from e
print(configure({"a": 1, "b": 2}))
for i in range(3):
    print("loop", i, i ** 3)
print("now failing", end="")
print(" ...")
configure({"c": 3, "d": "four"})
print("unreachable")
