"""The timetable: a graphics scene of sessions by day and column, with live rule findings."""
