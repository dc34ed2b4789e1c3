#!/usr/bin/env python3
"""Writes N invented articles about CSTO meetings in the styles the service reads, for benchmarks at scale.

Usage: corpus.py --count N --out DIR [--seed S]

Five styles, in turn: a feature story, wire copy with a dateline, a communique that names people by their
initials and quotes in «», a transcript of `Name: words` turns, and an analysis that looks back over the years.
Everything in them is invented: people (a first name and a surname drawn from lists by country), the meetings
(a date between 1993 and 2030 and a city) and the quotes (sentences put together from phrases). The countries,
their demonyms and official names and the cities are read from the service's own reference data
(src/main/resources/reference), and the titles the styles write are checked against it, so that every name the
articles use for them is one the service knows.

The world is drawn lazily in article order from one seeded generator, so the first K articles of a corpus of N are
the corpus of K: a bench can ingest 100, measure, go on to 1,000 and measure again. People and meetings recur
(a meeting is reported by about two articles, a head of state attends many), as in a real stream of news, so an
ingest merges into facts already stored as well as adding new ones. Prints what it invented, for checking against
what the service extracts.
"""
import argparse
import os
import random
import re
import sys

REFERENCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources", "reference")

MEMBERS = ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Secretary General"]
FIRST_YEAR, LAST_YEAR = 1993, 2030

FIRST_NAMES = {
	"east-slavic": "Oleg Pavel Dmitry Sergei Andrei Igor Viktor Yuri Mikhail Nikolai Alexei Boris Gennady Konstantin "
	"Leonid Maxim Roman Stanislav Vadim Valery Anatoly Arkady Denis Fyodor Grigory Ilya Kirill Lev Matvei Pyotr Semyon "
	"Timofei Vasily Yegor Zakhar Artyom Bogdan Daniil Gleb Ivan Nikita Rostislav Ruslan Stepan Vsevolod Yaroslav",
	"ARM": "Arsen Serob Gor Tigran Armen Vahan Aram Hovhannes Levon Karen Ashot Davit Gevorg Hrant Mher Narek Ruben "
	"Samvel Suren Vardan Artur Hayk Edgar Grigor Arayik Gagik Hamlet Khachatur Movses Nerses Sargis Vazgen Zaven "
	"Aghasi Andranik Babken Garegin Hakob Mushegh Rafael",
	"KAZ": "Marat Nurlan Yerlan Askar Bolat Daniyar Kairat Serik Talgat Timur Yerzhan Aidos Azamat Baurzhan Galym "
	"Kanat Murat Rustem Samat Zhanibek Olzhas Arman Berik Dauren Yerbol Zhandos Aibek Almas Asset Bakhyt Dias Erzhan "
	"Ilyas Madi Nurbolat Sanzhar Temirlan Ulan",
	"KGZ": "Almaz Bakyt Kubanych Nurbek Talant Asylbek Emil Kanybek Melis Mirlan Chyngyz Edil Kamchybek Tilek Zhenish "
	"Adilet Aibar Akylbek Azat Bektur Dastan Eldiyar Erkin Iskender Kylychbek Maksat Nurzhigit Omurbek Ryspek Salymbek "
	"Taalaibek Ulukbek Zhoomart Zamir",
	"TJK": "Faridun Emom Rustam Abdullo Davlat Firuz Jamshed Khurshed Nazar Rahim Saidjon Sherali Sirojiddin Umed "
	"Zafar Bakhtiyor Dilshod Farrukh Ikrom Amirkhon Behruz Daler Ismoil Kamol Mahmud Nozim Parviz Qurbon Shodmon "
	"Sohib Tohir Ulughbek Yusuf Zubaidullo Anvar",
	"other": "Tomo Marko Jan Lukas Pieter Henrik Mateo Luca Omar Karim Kenji Arjun Mehmet Emre Jonas Mikkel Tomas Pavol "
	"Andrzej Janis Rasmus Farid Hamid Samir Tariq Diego Pablo Bruno Felipe Ricardo Giorgos Nikos Stefan Ondrej Milan "
	"Dragan Goran Zoran Vuk Kemal",
}
SURNAMES = {
	"east-slavic": "Varnavin Kostrovich Belov Sokolov Gromov Lebedev Orlov Zaitsev Morozov Volkonsky Rybakov Chernyshev "
	"Zhuravlev Kovalenko Shcherbakov Yermakov Tikhonov Kuzmin Baranov Kiselev Gusev Nikitin Polyakov Sorokin Vinogradov "
	"Bogdanov Vorobyov Frolov Komarov Belyaev Tarasov Kalinin Danilov Yefimov Savelyev Lazarev Ignatov Krylov Prokhorov "
	"Starovoitov Yaroshevich Lutsevich Kasperovich Zhdanovich Mikhalevich Dubrovsky Ostrovsky Karpovich Shimanovich "
	"Levkovich Astapenko Martynenko Gorbatsevich Rudkovsky Seliverstov Trofimov Uvarov Filatov Khromov Tsvetkov "
	"Shubin Yudin Zamyatin",
	"ARM": "Gevorgyan Avetisyan Sargisyan Hakobyan Mkrtchyan Petrosyan Harutyunyan Grigoryan Vardanyan Ghazaryan "
	"Karapetyan Margaryan Poghosyan Khachikyan Galstyan Baghdasaryan Hovsepyan Danielyan Stepanyan Mnatsakanyan "
	"Ohanyan Torosyan Melikyan Abrahamyan Zakaryan Aghajanyan Barseghyan Davtyan Esayan Gasparyan Hambardzumyan "
	"Israelyan Janibekyan Khachatryan Lalayan Manukyan Nersisyan Oganesyan Parsadanyan Sahakyan Tadevosyan "
	"Yeghiazaryan Zohrabyan Arakelyan Badalyan",
	"KAZ": "Serikbayev Kassymov Abenov Nurlanov Zhaksybekov Tulegenov Omarov Ibraimov Sultanbekov Baimukhanov Yessimov "
	"Kuanyshev Temirkhanov Zhumabekov Ospanov Sarsenbayev Kenzhebayev Utegenov Beisenov Mukhametzhanov Abdrakhmanov "
	"Bekturov Dzhunusov Yergaliyev Iskakov Karimbayev Smagulov Tokhtarov Uralov Zhakupov Aitkulov Batyrbekov "
	"Dosmukhamedov Yeleuov Kaliyev Mussin Nurgaliyev Orazbayev Rakhimbayev Seitov Tajibayev Umbetov Zhanuzakov",
	"KGZ": "Duyshenov Toktogulov Asanov Mamatov Sadykov Jumabekov Abdyldayev Beishenaliev Kadyrbekov Osmonov "
	"Satybaldiev Toktomushev Usenov Zhunusov Kasymaliev Bakirov Imanaliev Moldobaev Sharshenov Turdumambetov "
	"Abylgaziev Baetov Chotonov Dzhumaliev Esenaliev Isakov Kaparov Madumarov Niyazbekov Omurzakov Raimbekov "
	"Suerkulov Tashiev Urmanbetov Zhaparaliev Akmatov Bekbolotov Kurmanaliev Mamytbekov Ormonov",
	"TJK": "Nazarzoda Sharipov Rahimzoda Kholov Saidov Mirzoev Davlatzoda Karimov Qodirzoda Safarov Abdulloev Rasulzoda "
	"Hamroev Zuhurov Boboev Ismoilzoda Nurzoda Aminzoda Bobozoda Gulov Hasanov Jalolov Khudoyorov Mahmadaliev "
	"Negmatov Odinaev Qurbonov Rahmonzoda Sangov Tursunzoda Usmonov Vohidov Yatimov Zokirov Alizoda Faizov Ikromov "
	"Latipov Murodov Sobirov",
	"other": "Nikolic Horvat Novak Berger Jansen Lindqvist Moreau Rossi Haddad Tanaka Sharma Yilmaz Hoffmann Kowalski "
	"Petersen Dimitriou Ozturk Kaplan Varga Bianchi Marquez Ferreira Lehmann Olsen Kovacs Dvorak Popescu Georgiou "
	"Andersen Mansour Farouk Nakamura Takahashi Kapoor Mehta Demir Aydin Santos Costa Silva",
}
# The surname group of each member state; Belarus and Russia share theirs.
NAME_GROUP = {"RUS": "east-slavic", "BLR": "east-slavic", "ARM": "ARM", "KAZ": "KAZ", "KGZ": "KGZ", "TJK": "TJK"}
PATRONYMIC_INITIALS = "ABDEGIKLMNOPRSTVY"

PUBLISHERS = {
	"feature": ["Caucasus Chronicle", "Nemiga Review", "Eurasia Monitor", "Steppe Report", "Central Asia Review",
				"Volga Courier", "Pamir Times", "Ararat Weekly"],
	"wire": ["Steppe Wire", "Eurasia Newswire", "Silk Road Wire"],
	"transcript": ["Kremlin Chronicle", "Eurasia Record", "Council Record"],
	"analysis": ["Central Asia Review", "Eurasia Monitor", "Strategic Quarterly"],
}
SECTIONS = ["Politics", "World", "Region", "Security", "Diplomacy"]

SUBJECTS = ["Our Organization", "The alliance", "Every member state", "Our countries", "This Council", "We",
			"Our common security", "No member state", "The Collective Forces", "Our joint work", "The bloc",
			"Each of our states", "Our partnership", "The secretariat"]
VERBS = ["must strengthen", "will defend", "is ready to support", "cannot ignore", "has to reinforce",
		 "will not abandon", "should modernise", "needs to coordinate", "will expand", "must protect",
		 "is determined to improve", "will keep investing in", "has agreed to review", "intends to renew",
		 "will finance", "must not neglect"]
OBJECTS = ["the southern borders", "joint air defence", "the peacekeeping forces", "cooperation in information security",
		   "the fight against drug trafficking", "the crisis response centre", "military-technical cooperation",
		   "the training of border troops", "the protection of critical infrastructure", "joint exercises",
		   "the exchange of intelligence", "the fight against terrorism", "the common budget",
		   "the rapid reaction force", "medical support of the troops", "the supply of modern equipment",
		   "the rules of collective defence", "our dialogue with neighbouring states", "the mountain passes",
		   "the railway corridors", "the security of elections", "the control of migration",
		   "cyber defence of state bodies", "the early warning network"]
TAILS = ["in the years ahead", "without delay", "together", "as one", "this year", "by every means available",
		 "before the next session", "within our means", "step by step", "for the sake of our citizens",
		 "in every region", "at any cost", "with full responsibility", "on an equal footing"]
REASONS = ["The threats are not getting smaller", "Nobody will do this for us", "The situation on the border demands it",
		   "Our citizens expect results", "Words alone will not be enough", "This is what the treaty obliges us to do",
		   "The world is becoming less predictable", "We have waited too long", "The experience of recent years shows it",
		   "There is no other way"]
TOPICS = ["Border security", "Joint forces", "The budget", "Information security", "Peacekeeping",
		  "Drug trafficking", "Air defence", "Exercises", "Migration", "Partners and observers"]
KINDS = ["regular session", "extraordinary session", "session"]


class World:
	"""Countries, cities and titles from the reference data; people and meetings invented on demand."""

	def __init__(self, seed):
		self.random = random.Random(seed)
		self.demonyms, self.official = self._countries()
		self.cities, self.capitals = self._cities()
		self._check_titles()
		self.guests = sorted(code for code in self.demonyms if code not in MEMBERS)
		self.people = {}
		self.used_names = set()
		self.events = []
		self.touched = []
		self.invented_statements = 0

	@staticmethod
	def _rows(name):
		with open(os.path.join(REFERENCE, name), encoding="utf-8") as file:
			return [line.rstrip("\n").split("\t") for line in file if line.strip() and not line.startswith("#")]

	def _countries(self):
		demonyms, official = {}, {}
		for row in self._rows("countries.tsv"):
			names = [name for name in row[1].split(";") if name] if len(row) > 1 else []
			adjectives = [name for name in row[2].split(";") if name] if len(row) > 2 else []
			if adjectives:
				demonyms[row[0]] = adjectives[0]
			long_names = [name for name in names if " " in name and name[0].isupper()]
			if long_names:
				official[row[0]] = long_names[0]
		missing = [code for code in MEMBERS if code not in demonyms or code not in official]
		if missing:
			sys.exit(f"corpus: countries.tsv has no demonym or official name for {missing}")
		return demonyms, official

	def _cities(self):
		cities, capitals = {}, {}
		for row in self._rows("cities.tsv"):
			name = row[0].split(";")[0]
			cities.setdefault(row[1], []).append(name)
			if len(row) > 2 and row[2] == "capital":
				capitals[row[1]] = name
		return cities, capitals

	def _check_titles(self):
		"""The titles the styles write must be titles the service knows."""
		titles = {row[0] for row in self._rows("titles.tsv")}
		missing = [title for title in TITLES if title not in titles]
		if missing:
			sys.exit(f"corpus: titles.tsv has no {missing}")

	def short_name(self, code):
		"""A name a writer uses for the country: its official name without "Republic of" and the like."""
		name = self.official.get(code, "")
		match = re.match(r"^(?:Republic|Kingdom|State|Commonwealth|Islamic Republic) of (?:the )?(.+)$", name)
		if match:
			return match.group(1)
		return f"the {name}" if name else None

	def person(self, country, title, year, slot):
		"""The person holding TITLE for COUNTRY (or the CSTO) in one of a few slots per year: slots make heads of
		state recur across a year's meetings and give each year its own ministers."""
		key = (country, title, year, slot)
		if key not in self.people:
			# the CSTO's secretaries general come from its member states in turn
			nationality = MEMBERS[year % len(MEMBERS)] if country == "CSTO" else country
			group = NAME_GROUP.get(nationality, "other")
			firsts, lasts = FIRST_NAMES[group].split(), SURNAMES[group].split()
			for _ in range(50):
				name = f"{self.random.choice(firsts)} {self.random.choice(lasts)}"
				if name not in self.used_names:
					break
			self.used_names.add(name)
			self.people[key] = {"name": name, "country": country, "title": title,
								"patronymic": self.random.choice(PATRONYMIC_INITIALS)}
		self.touched.append(self.people[key])
		return self.people[key]

	def head(self, country, year):
		title = "Prime Minister" if country == "ARM" and year >= 2018 else "President"
		# a few heads per country and year, so that they recur across the year's meetings
		return self.person(country, title, year, self.random.choice([0, 0, 1, 2]))

	def meeting(self):
		"""A meeting already reported (about half the time) or a new one."""
		if self.events and self.random.random() < 0.5:
			event = self.random.choice(self.events)
			self.touched.extend([event["secretary"], *event["heads"].values(), *event["ministers"]])
			return event
		year = self.random.randint(FIRST_YEAR, LAST_YEAR)
		host = self.random.choice(MEMBERS)
		city = self.random.choice(self.cities.get(host, [self.capitals[host]]))
		event = {"year": year, "month": self.random.randint(1, 12), "day": self.random.randint(1, 28),
				 "host": host, "city": city, "kind": self.random.choice(KINDS),
				 "secretary": self.person("CSTO", "Secretary General", year - year % 3, 0)}
		event["heads"] = {country: self.head(country, year) for country in MEMBERS}
		event["ministers"] = [self.person(country, title, year, self.random.randint(0, 4))
							  for country, title in zip(self.random.sample(MEMBERS, 2), ["Foreign Minister", "Defence Minister"])]
		self.events.append(event)
		return event

	def quote(self, sentences=None, reason=True):
		"""Invented words, ending with a full stop."""
		self.invented_statements += 1
		r = self.random
		parts = []
		for _ in range(sentences or r.randint(1, 2)):
			sentence = f"{r.choice(SUBJECTS)} {r.choice(VERBS)} {r.choice(OBJECTS)} {r.choice(TAILS)}."
			parts.append(sentence)
		if reason and r.random() < 0.4:
			parts.append(f"{r.choice(REASONS)}.")
		return " ".join(parts)

	def quoted(self, sentences=None):
		"""Words followed by who said them: the last full stop becomes a comma, as a writer puts it."""
		return self.quote(sentences)[:-1] + ","


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
		  "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


def day_month_year(e):
	return f"{e['day']} {MONTHS[e['month'] - 1]} {e['year']}"


def month_day_year(e):
	return f"{MONTHS[e['month'] - 1]} {e['day']}, {e['year']}"


def lower_first(text):
	return text if text.startswith("We ") else text[0].lower() + text[1:]


def initials(person):
	first, last = person["name"].split(" ", 1)
	return f"{first[0]}.{person['patronymic']}. {last}"


def surname(person):
	return person["name"].split(" ", 1)[1]


def head_phrase(world, person):
	"""Russian President Oleg Varnavin"""
	return f"{world.demonyms[person['country']]} {person['title']} {person['name']}"


def official_phrase(world, person, name):
	"""the President of the Republic of Belarus P.I. Kostrovich"""
	return f"the {person['title']} of the {world.official[person['country']]} {name}".replace("the the ", "the ")


def hosted_meeting(world):
	"""A meeting, its host's head and the other heads."""
	event = world.meeting()
	host = event["heads"][event["host"]]
	return event, host, [event["heads"][country] for country in MEMBERS if country != event["host"]]


def later_meeting(world, event):
	"""A meeting announced for later: a city of a member state and a month."""
	r = world.random
	country = r.choice(MEMBERS)
	city = world.capitals[country]
	month = r.randint(1, 12)
	year = event["year"] + (1 if month <= event["month"] else 0)
	return city, f"{MONTHS[month - 1]} {year}"


def guest(world, event):
	country = world.random.choice(world.guests)
	return world.person(country, "President", event["year"], world.random.randint(0, 4))


def feature(world, number):
	r = world.random
	event, host, rest = hosted_meeting(world)
	speakers = r.sample(rest, 3)
	city, when = later_meeting(world, event)
	publisher = r.choice(PUBLISHERS["feature"])
	lines = [
		f"{surname(host)} hosts CSTO leaders in {event['city']} ({publisher} {number})",
		"",
		f"{publisher} | {r.choice(SECTIONS)}",
		f"By Staff Writer | {day_month_year(event)}",
		"",
		f"{event['city'].upper()} – {head_phrase(world, host)} hosted a {event['kind']} of the Collective Security "
		f"Council of the Collective Security Treaty Organization (CSTO) on {day_month_year(event)}.",
		"",
		f"The leaders who came were {', '.join(head_phrase(world, p) for p in rest[:-1])} and "
		f"{head_phrase(world, rest[-1])}. Secretary General of the CSTO {event['secretary']['name']} also took part, "
		f"as did {head_phrase(world, event['ministers'][0])} and {head_phrase(world, event['ministers'][1])}.",
		"",
		r.choice(TOPICS),
		"",
		f"“{world.quoted()}” {surname(host)} told the session.",
		"",
	]
	for speaker in speakers:
		lines += [f"\"{world.quoted()}\" said {surname(speaker)}.", ""]
	lines += [f"According to {surname(event['secretary'])}, the leaders signed {r.randint(5, 25)} documents. "
			  f"The next session will be held in {city} in {when}.", ""]
	return lines


def wire(world, number):
	r = world.random
	event, host, rest = hosted_meeting(world)
	publisher = r.choice(PUBLISHERS["wire"])
	minister = world.person(event["host"], "Foreign Minister", event["year"], r.randint(0, 3))
	visitor = guest(world, event)
	lines = [
		f"UPDATE {r.randint(1, 3)}-Security bloc meets in {event['city']} as {world.demonyms[event['host']]} "
		f"leader presses for unity ({number})",
		"",
		publisher,
		f"{SHORT_MONTHS[event['month'] - 1]} {event['day']}, {event['year']} {r.randint(1, 11)}:{r.randint(10, 59)} PM",
		"",
		f"{event['city'].upper()}, {SHORT_MONTHS[event['month'] - 1]} {event['day']} ({publisher}) - Leaders of the "
		f"Collective Security Treaty Organization (CSTO) met on {MONTHS[event['month'] - 1]} {event['day']} in "
		f"{event['city']}, where {host['name']}, the {world.demonyms[event['host']]} {host['title'].lower()}, "
		f"chaired the {event['kind']}.",
		"",
		f"{head_phrase(world, rest[0])}; {rest[1]['name']}, the {world.demonyms[rest[1]['country']]} "
		f"{rest[1]['title'].lower()}; {head_phrase(world, rest[2])}; {head_phrase(world, rest[3])} and "
		f"{head_phrase(world, rest[4])} were at the table.",
		"",
		f"{head_phrase(world, visitor)} attended as a guest of the host.",
		"",
		f"“{world.quoted(1)}” {surname(host)} told a news conference.",
		"",
		f"{head_phrase(world, minister)} said the talks had gone well. “{world.quoted(1)}” he said.",
		"",
		f"{surname(rest[2])} said the allies had agreed on a plan. \"{world.quoted()}\" he said.",
		"",
		f"(Reporting by {world.person('other', 'Reporter', event['year'], r.randint(0, 5))['name']}; "
		f"Editing by {world.person('other', 'Editor', 0, r.randint(0, 5))['name']})",
		"",
	]
	return lines


def communique(world, number):
	r = world.random
	event, host, rest = hosted_meeting(world)
	city, when = later_meeting(world, event)
	ministry = world.official[event["host"]]
	lines = [
		f"On the {event['kind']} of the Collective Security Council of the Collective Security Treaty Organization "
		f"in {event['city']} (no. {number})",
		"",
		f"Ministry of Foreign Affairs of the {ministry}".replace("the the ", "the "),
		f"Press release | {event['day']:02d}.{event['month']:02d}.{event['year']}, {r.randint(10, 22)}:{r.randint(10, 59)}",
		"",
		f"On {day_month_year(event)}, a {event['kind']} of the Collective Security Council (CSC) of the Collective "
		f"Security Treaty Organization (CSTO) was held in {event['city']} under the chairmanship of "
		f"{official_phrase(world, host, initials(host))}.",
		"",
		f"The session was attended by {', '.join(official_phrase(world, p, initials(p)) for p in rest)} and the "
		f"Secretary General of the CSTO {initials(event['secretary'])}. The {event['ministers'][0]['title']} of the "
		f"{world.official[event['ministers'][0]['country']]} {event['ministers'][0]['name']} and the "
		f"{event['ministers'][1]['title']} of the {world.official[event['ministers'][1]['country']]} "
		f"{event['ministers'][1]['name']} took part in the expanded meeting.",
		"",
		f"Opening the session, {initials(host)} noted: «{world.quote(2)}»",
		"",
		f"{initials(rest[0])} stressed that «{lower_first(world.quote(1, reason=False)[:-1])}».",
		"",
		f"The next session of the Collective Security Council will be held in {city} in {when}.",
		"",
		"Photo: heads of delegations (from left): "
		+ ", ".join(p["name"] for p in [event["secretary"], host] + rest) + ".",
		"",
		"Press Service",
		"",
	]
	return lines


def transcript(world, number):
	r = world.random
	event, chair, rest = hosted_meeting(world)
	publisher = r.choice(PUBLISHERS["transcript"])
	country_of = {p["country"]: world.short_name(p["country"]) for p in [chair] + rest}
	lines = [
		f"{event['kind'].capitalize()} of the CSTO Collective Security Council, {event['city']} ({number})",
		"",
		f"{publisher} · Transcripts",
		f"{month_day_year(event)}, {r.randint(10, 20)}:{r.randint(10, 59)} · {event['city']}",
		"",
		f"The {event['kind']} of the Collective Security Council of the Collective Security Treaty Organization was "
		f"chaired by {chair['title']} of {country_of[chair['country']]} {chair['name']}. Taking part were "
		+ ", ".join(f"{p['title']} of {country_of[p['country']]} {p['name']}" for p in rest)
		+ f" and CSTO Secretary General {event['secretary']['name']}.",
		"",
		"* * *",
		"",
		f"{chair['title']} of {country_of[chair['country']]} {chair['name']}: Dear colleagues, {lower_first(world.quote(2))}",
		"",
	]
	for speaker in r.sample(rest, 4):
		lines += [f"{speaker['name']}: {world.quote()}", ""]
	lines += [f"{surname(chair)}: Thank you, colleagues. {world.quote(1)} The session is closed.", ""]
	return lines


def analysis(world, number):
	r = world.random
	events = sorted({id(e): e for e in (world.meeting() for _ in range(3))}.values(), key=lambda e: e["year"])
	last = events[-1]
	publisher = r.choice(PUBLISHERS["analysis"])
	author = world.person("other", "Analyst", 0, r.randint(0, 30))
	lines = [
		f"Analysis: what {len(events)} meetings tell about the security bloc ({number})",
		"",
		f"{publisher} | Analysis",
		day_month_year({"day": r.randint(1, 28), "month": r.randint(1, 12), "year": last["year"] + 1}),
		"",
		f"By {author['name']}",
		"",
		"The Collective Security Treaty was signed in Tashkent on 15 May 1992, and the Collective Security Treaty "
		"Organization (CSTO) was founded on its basis in 2002.",
		"",
	]
	for event in events:
		country = r.choice(MEMBERS)
		person = event["heads"][country]
		lines += [
			f"At the meeting in {event['city']} in {MONTHS[event['month'] - 1]} {event['year']}, "
			f"{head_phrase(world, person)} set the tone. “{world.quoted(1)}” {surname(person)} said at the time.",
			"",
		]
	visitor = guest(world, last)
	lines += [f"{head_phrase(world, visitor)} attended the {last['year']} summit in {last['city']} as a guest.", ""]
	return lines


STYLES = [feature, wire, communique, transcript, analysis]


def main():
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--count", type=int, required=True)
	parser.add_argument("--out", required=True)
	parser.add_argument("--seed", type=int, default=16)
	args = parser.parse_args()
	world = World(args.seed)
	os.makedirs(args.out, exist_ok=True)
	# manifest.tsv: each article with the people of a title named in it, so that a bench can check that the
	# service reads them (a generator whose text the extractor does not read would measure nothing)
	with open(os.path.join(args.out, "manifest.tsv"), "w", encoding="utf-8") as manifest:
		for number in range(1, args.count + 1):
			style = STYLES[(number - 1) % len(STYLES)]
			text = "\n".join(style(world, number)).rstrip() + "\n"
			name = f"{number:05d}-{style.__name__}.txt"
			with open(os.path.join(args.out, name), "w", encoding="utf-8") as file:
				file.write(text)
			named = sorted({p["name"] for p in world.touched
							if p["title"] not in ("Reporter", "Editor", "Analyst") and p["name"] in text})
			world.touched.clear()
			manifest.write(f"{name}\t{';'.join(named)}\n")
	people = {p["name"] for p in world.people.values() if p["title"] not in ("Reporter", "Editor", "Analyst")}
	print(f"corpus: {args.count} articles in {args.out}; invented {len(people)} people with a title, "
		  f"{len(world.events)} meetings, {world.invented_statements} quotes")


if __name__ == "__main__":
	main()
