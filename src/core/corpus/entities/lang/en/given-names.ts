/**
 * Common given names in English-language news (English, French, German, Spanish, Italian, Dutch,
 * Nordic, Arabic, Turkish and others), beside the East Slavic ones of `name-variants.ts`. A single
 * word in this list is taken for a given name: it never joins a full name by corpus-wide surname
 * uniqueness (only when the same article names the bearer), and never groups with other lone words.
 */
export const COMMON_GIVEN_NAMES: readonly string[] = [
  'Aaron', 'Abdullah', 'Adam', 'Adrian', 'Ahmed', 'Alan', 'Albert', 'Alec', 'Alex', 'Alfred', 'Ali',
  'Alice', 'Alison', 'Amanda', 'Amy', 'Andrea', 'Andrew', 'Andy', 'Angela', 'Ann', 'Anne', 'Anthony',
  'Antonio', 'Arthur', 'Barbara', 'Ben', 'Benoit', 'Bernard', 'Bill', 'Bob', 'Brian', 'Bruce',
  'Carl', 'Carlos', 'Carol', 'Caroline', 'Catherine', 'Charles', 'Charlie', 'Chris', 'Christian',
  'Christine', 'Christopher', 'Claire', 'Claude', 'Colin', 'Daniel', 'Dave', 'David', 'Deborah',
  'Dennis', 'Diana', 'Didier', 'Dieter', 'Donald', 'Doug', 'Douglas', 'Ed', 'Edward', 'Elizabeth',
  'Emily', 'Emma', 'Emmanuel', 'Eric', 'Erik', 'Francesco', 'Francis', 'Francois', 'Frank',
  'Franz', 'Fred', 'Frederick', 'Friedrich', 'Gary', 'Geoff', 'George', 'Georges', 'Gerald',
  'Gerhard', 'Giorgio', 'Giovanni', 'Giuseppe', 'Graham', 'Greg', 'Gregory', 'Hans', 'Harry',
  'Hassan', 'Heinz', 'Helen', 'Helmut', 'Henri', 'Henry', 'Hugh', 'Ian', 'Isabel',
  'Jack', 'Jacques', 'James', 'Jan', 'Jane', 'Jason', 'Jean', 'Jeff', 'Jennifer', 'Jens', 'Jeremy',
  'Jim', 'Joe', 'Johan', 'Johann', 'John', 'Jonathan', 'Jorge', 'Jose', 'Joseph', 'Juan', 'Julie',
  'Karl', 'Kate', 'Katherine', 'Keith', 'Kevin', 'Klaus', 'Kurt', 'Lars', 'Laura', 'Laurent',
  'Linda', 'Lisa', 'Louis', 'Luc', 'Luca', 'Luis', 'Manuel', 'Marc', 'Marco', 'Margaret', 'Maria',
  'Marie', 'Mario', 'Mark', 'Martin', 'Mary', 'Matt', 'Matthew', 'Michael', 'Michel', 'Michelle',
  'Mike', 'Mohammed', 'Muhammad', 'Nancy', 'Neil', 'Nick', 'Nicolas', 'Olivier', 'Omar', 'Pablo',
  'Pat', 'Patricia', 'Patrick', 'Paolo', 'Pedro', 'Peter', 'Phil', 'Philip', 'Philippe', 'Pierre',
  'Rachel', 'Ralph', 'Ray', 'Richard', 'Rob', 'Robert', 'Roger', 'Ron', 'Ronald', 'Rudolf', 'Ruth',
  'Sam', 'Samuel', 'Sara', 'Sarah', 'Scott', 'Sean', 'Simon', 'Sophie', 'Stefan', 'Stephen',
  'Steve', 'Steven', 'Susan', 'Thomas', 'Tim', 'Timothy', 'Tom', 'Tony', 'Ursula', 'Victoria',
  'Walter', 'Werner', 'William', 'Wolfgang', 'Yusuf',
];
