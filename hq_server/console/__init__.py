"""The NGRPU console: server-rendered pages for HQ's analysts and admins (routes.py), signed in
with HQ's accounts, on the same analytics and disclosure rule as the API."""
