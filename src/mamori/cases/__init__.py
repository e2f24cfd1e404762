"""Cases: investigations and escalations, as pure rules.

``model`` (vocabulary), ``priority`` (risk × exposure → priority and SLA),
``transitions`` (the state machine and escalation levels), ``recommendation``
(compliance vs business impact), ``findings`` (a discovery finding → a case draft).
Storage and HTTP live in ``mamori.services.cases`` and above.
"""
