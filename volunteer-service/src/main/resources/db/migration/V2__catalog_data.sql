-- Reference data shipped with the service, generated from the coalition's CSV files
-- (kernen.csv, themes.csv, talents.csv, trainings.csv). Codes are stable slugs: never rename one.

insert into kern (code, name, municipality, lat, lon, note) values
    ('breukelen', 'Breukelen', 'Stichtse Vecht', 52.1717, 5.0017, null),
    ('kockengen', 'Kockengen', 'Stichtse Vecht', 52.1483, 4.9550, null),
    ('loenen-aan-de-vecht', 'Loenen aan de Vecht', 'Stichtse Vecht', 52.2094, 5.0217, null),
    ('loenersloot', 'Loenersloot', 'Stichtse Vecht', 52.2217, 4.9883, 'more than half of households are older households'),
    ('maarssen-dorp', 'Maarssen-Dorp', 'Stichtse Vecht', 52.1367, 5.0386, null),
    ('maarssenbroek', 'Maarssenbroek', 'Stichtse Vecht', 52.1150, 5.0200, null),
    ('nieuwer-ter-aa', 'Nieuwer Ter Aa', 'Stichtse Vecht', 52.1622, 4.9775, null),
    ('nieuwersluis', 'Nieuwersluis', 'Stichtse Vecht', 52.1958, 5.0144, 'more than half of households are older households'),
    ('nigtevecht', 'Nigtevecht', 'Stichtse Vecht', 52.2750, 5.0317, null),
    ('oud-zuilen', 'Oud-Zuilen', 'Stichtse Vecht', 52.1189, 5.0658, null),
    ('tienhoven', 'Tienhoven', 'Stichtse Vecht', 52.1594, 5.0778, 'more than half of households are older households'),
    ('vreeland', 'Vreeland', 'Stichtse Vecht', 52.2289, 5.0306, null),
    ('dronten', 'Dronten', 'Dronten', 52.5250, 5.7181, '4864 residents aged 65+ (2017)'),
    ('biddinghuizen', 'Biddinghuizen', 'Dronten', 52.4553, 5.6928, '1116 residents aged 65+ (2017)'),
    ('swifterbant', 'Swifterbant', 'Dronten', 52.5672, 5.6339, '1097 residents aged 65+ (2017)'),
    ('meppel', 'Meppel', 'Meppel', 52.6958, 6.1944, null),
    ('nijeveen', 'Nijeveen', 'Meppel', 52.7333, 6.1667, null),
    ('de-wijk', 'De Wijk', 'Meppel', 52.6728, 6.2889, null),
    ('koekange', 'Koekange', 'Meppel', 52.7108, 6.3022, null),
    ('havelte', 'Havelte', 'Westerveld', 52.7697, 6.2389, null),
    ('uffelte', 'Uffelte', 'Westerveld', 52.7897, 6.2783, null),
    ('diever', 'Diever', 'Westerveld', 52.8536, 6.3189, null),
    ('dwingeloo', 'Dwingeloo', 'Westerveld', 52.8344, 6.3706, null),
    ('vledder', 'Vledder', 'Westerveld', 52.8569, 6.2086, null),
    ('steenwijk', 'Steenwijk', 'Steenwijkerland', 52.7875, 6.1194, null),
    ('giethoorn', 'Giethoorn', 'Steenwijkerland', 52.7400, 6.0778, null),
    ('vollenhove', 'Vollenhove', 'Steenwijkerland', 52.6803, 5.9544, null),
    ('blokzijl', 'Blokzijl', 'Steenwijkerland', 52.7264, 5.9606, null),
    ('oldemarkt', 'Oldemarkt', 'Steenwijkerland', 52.8197, 5.9753, null),
    ('sint-jansklooster', 'Sint Jansklooster', 'Steenwijkerland', 52.6769, 6.0050, null),
    ('staphorst', 'Staphorst', 'Staphorst', 52.6453, 6.2108, null),
    ('rouveen', 'Rouveen', 'Staphorst', 52.6189, 6.1936, null),
    ('ijhorst', 'IJhorst', 'Staphorst', 52.6575, 6.3000, null),
    ('hasselt', 'Hasselt', 'Zwartewaterland', 52.5914, 6.0917, null),
    ('genemuiden', 'Genemuiden', 'Zwartewaterland', 52.6239, 6.0378, null),
    ('zwartsluis', 'Zwartsluis', 'Zwartewaterland', 52.6392, 6.0733, null);

insert into theme (code, name_nl, name_en, source) values
    ('financial', 'Financiële zelfredzaamheid', 'Financial self-reliance', 'focus theme of the Vitale Coalitie Stichtse Vecht'),
    ('health', 'Gezond ouder worden', 'Healthy ageing', 'focus theme of the Vitale Coalitie Stichtse Vecht'),
    ('meaning', 'Structuur en zingeving', 'Structure and meaning', 'focus theme of the Vitale Coalitie Stichtse Vecht'),
    ('digital', 'Digitale vitaliteit', 'Digital vitality', 'theme of the Samen Ouder Worden programme'),
    ('caregiver', 'Mantelzorg', 'Family carer support', 'risk factor and theme in the Dronten loneliness plan'),
    ('practical', 'Praktische hulp', 'Practical help', 'everyday help that keeps seniors living at home');

insert into talent (code, theme_code, name_nl, name_en) values
    ('paperwork', 'financial', 'Hulp bij administratie en formulieren', 'Help with paperwork and forms'),
    ('budget-coach', 'financial', 'Budgetcoach / thuisadministratie', 'Budget coach / household finances'),
    ('digital-help', 'digital', 'Digitale hulp (computer tablet DigiD)', 'Digital help (computer tablet DigiD)'),
    ('smartphone-lessons', 'digital', 'Les smartphone en tablet', 'Smartphone and tablet lessons'),
    ('buddy-visits', 'meaning', 'Maatje / bezoekvrijwilliger', 'Buddy / home visits'),
    ('phone-listener', 'meaning', 'Telefonisch luisterend oor', 'Listening ear by phone'),
    ('reading-language', 'meaning', 'Taalmaatje / voorlezen', 'Language buddy / reading aloud'),
    ('activity-host', 'meaning', 'Begeleiden van activiteiten', 'Hosting group activities'),
    ('event-organiser', 'meaning', 'Evenementen organiseren voor 60-plussers', 'Organising events for people over 60'),
    ('walking-exercise', 'health', 'Wandelen en bewegen', 'Walking and exercise'),
    ('cooking-meals', 'health', 'Koken en samen eten', 'Cooking and shared meals'),
    ('carer-respite', 'caregiver', 'Respijt voor mantelzorgers', 'Respite for family carers'),
    ('groceries', 'practical', 'Boodschappen doen', 'Grocery shopping'),
    ('driving', 'practical', 'Vervoer met eigen auto', 'Driving with own car'),
    ('odd-jobs', 'practical', 'Kleine klussen in huis', 'Small jobs around the house'),
    ('gardening', 'practical', 'Tuinonderhoud', 'Gardening');

insert into training (code, name_nl, name_en, valid_years) values
    ('good-conversation', 'Het Goede Gesprek over niet-pluis gevoelens', 'The Good Conversation about ''something is not right'' signals', null),
    ('loneliness-signals', 'Signaleren van eenzaamheid', 'Recognising loneliness', null),
    ('dementia-basics', 'Omgaan met dementie', 'Dealing with dementia', null),
    ('digicoach', 'Digicoach', 'Digital coach', null),
    ('first-aid', 'EHBO', 'First aid', 2),
    ('privacy-basics', 'Privacy en AVG voor vrijwilligers', 'Privacy and GDPR for volunteers', null);
