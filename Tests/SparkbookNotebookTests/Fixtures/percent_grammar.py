# %% My Title [markdown] key="value" tags=["a", "b"]
# Hello
#
# world

# %% tags=["parameters"]
x = 1

# %% Second title
# %sql
# !ls
y = 2

# %% [raw]
# raw text

# %% [md] other=3 flag=true nested={"a": [1, 2]}
# md text

# %%

# %% Title only
z = 3
