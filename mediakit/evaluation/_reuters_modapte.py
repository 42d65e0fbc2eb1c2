"""The Reuters-21578 ModApte topic-classification setup (data, not code).

:data:`MODAPTE_90` is the standard list of the 90 TOPICS categories that have at least one
training document (LEWISSPLIT="TRAIN", TOPICS="YES") and at least one test document
(LEWISSPLIT="TEST", TOPICS="YES") - the "ModApte 90" of Yang & Liu (SIGIR 1999) and of the
NLTK ``reuters`` corpus. It is hard-coded because the test split is held out here and the
list must not depend on the folders a user passes (all 90 occur in the shared TRAIN part:
7,770 of its 9,603 TOPICS="YES" documents carry at least one of them).

Examples
--------
>>> len(MODAPTE_90), MODAPTE_90[:3]
(90, ('acq', 'alum', 'barley'))
"""

from __future__ import annotations

__all__ = ["MODAPTE_90"]

MODAPTE_90: tuple[str, ...] = (
    "acq", "alum", "barley", "bop", "carcass", "castor-oil", "cocoa", "coconut", "coconut-oil",
    "coffee", "copper", "copra-cake", "corn", "cotton", "cotton-oil", "cpi", "cpu", "crude", "dfl",
    "dlr", "dmk", "earn", "fuel", "gas", "gnp", "gold", "grain", "groundnut", "groundnut-oil",
    "heat", "hog", "housing", "income", "instal-debt", "interest", "ipi", "iron-steel", "jet",
    "jobs", "l-cattle", "lead", "lei", "lin-oil", "livestock", "lumber", "meal-feed", "money-fx",
    "money-supply", "naphtha", "nat-gas", "nickel", "nkr", "nzdlr", "oat", "oilseed", "orange",
    "palladium", "palm-oil", "palmkernel", "pet-chem", "platinum", "potato", "propane", "rand",
    "rape-oil", "rapeseed", "reserves", "retail", "rice", "rubber", "rye", "ship", "silver",
    "sorghum", "soy-meal", "soy-oil", "soybean", "strategic-metal", "sugar", "sun-meal", "sun-oil",
    "sunseed", "tea", "tin", "trade", "veg-oil", "wheat", "wpi", "yen", "zinc",
)
