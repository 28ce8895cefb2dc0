"""Records: what check-ins and questionnaires keep, on a Qt-free floor below the rooms.

A check-in and its store, the shipped instruments, their scoring and the results store are
read by several rooms (check-ins and questionnaires write them; history, export, insights
and Home read them). Kept here, each room reads them without opening another room's door.
Nothing here imports Qt or a feature.
"""
